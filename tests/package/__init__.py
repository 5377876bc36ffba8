"""The built distribution, and the benchmark harness."""

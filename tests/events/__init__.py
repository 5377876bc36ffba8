"""Status events: their models, the store the handles read, the handles' waits, the router, the loop with the mock."""

"""Developer tools kept apart from the product: benchmark, load test, a running app in Chromium."""

"""The rules, one module per part of the check. The registry (b1docs.benchmark.registry) lists them all."""

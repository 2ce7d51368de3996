"""python -m b1docs"""

from b1docs.cli import main

main()

from aicc.cli import main

main()

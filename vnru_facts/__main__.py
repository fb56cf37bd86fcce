from vnru_facts.cli import main

main()

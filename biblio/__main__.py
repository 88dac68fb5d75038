from biblio.entry import main

main()

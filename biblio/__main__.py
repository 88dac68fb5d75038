from biblio.cli import run

run()

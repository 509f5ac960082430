printf 'one\ntwo\n' | xargs -I {} echo "item {} done"
ls docs/guide | xargs -I F cp docs/guide/F F.bak
ls *.bak

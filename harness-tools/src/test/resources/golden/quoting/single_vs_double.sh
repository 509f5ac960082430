name=world
echo 'hello $name'
echo "hello $name"
echo "tab:\there" 'tab:\there'
echo "it's" 'say "hi"'

echo *hidden*
echo .h*
echo .[a-z]*
ls -d .*

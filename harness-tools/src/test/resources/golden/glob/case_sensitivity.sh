echo [R]*
echo [r]* 
echo R*.md
echo *.MD

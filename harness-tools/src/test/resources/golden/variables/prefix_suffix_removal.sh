file="archive.tar.gz"
echo "${file%.*}"
echo "${file%%.*}"
echo "${file#*.}"
echo "${file##*.}"
p=src/main/java/com/acme/app/App.java
echo "${p##*/}" "${p%/*}"

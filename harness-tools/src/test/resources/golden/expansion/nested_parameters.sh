dir=src/main/java
file=App.java
full="${dir}/${file}"
echo "$full"
echo "${full%.java}.class"
base=${full##*/}; echo "${base%%.*}"
default_dir=${OUT_DIR:-build/${file%.java}}
echo "$default_dir"

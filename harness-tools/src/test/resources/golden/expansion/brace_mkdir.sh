mkdir -p build/{classes,reports,tmp}
ls build
touch build/classes/{A,B}.class
ls build/classes

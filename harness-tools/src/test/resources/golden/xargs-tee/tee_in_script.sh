{
  echo "build started"
  echo "compiling 6 files"
  echo "build finished"
} | tee build.log | grep -c build
tail -1 build.log

ls -d docs src
ls -d */
ls -d .

ls -la . >/dev/null && echo "listing ok"
ls
ls src/main/java/com/acme/*
cat config/app.properties | grep -v '^#' | cut -d= -f1

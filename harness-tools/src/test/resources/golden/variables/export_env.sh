export APP_MODE=production
LOCAL_ONLY=yes
env | grep '^APP_MODE='
env | grep -c '^LOCAL_ONLY=' 
FOO=bar env | grep '^FOO='
echo "after: [${FOO}]"

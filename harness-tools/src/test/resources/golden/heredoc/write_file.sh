cat > Hello.java <<'EOT'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hi");
    }
}
EOT
wc -l Hello.java
grep -n println Hello.java

package dev.harness4j.tools.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.environment.Networking;
import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebFetchToolTest {
    private LoopbackServer server;
    private Workspace workspace;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        workspace = Workspaces.inMemory(InMemoryOptions.defaults());
    }

    @AfterEach
    void stop() {
        server.close();
        workspace.close();
    }

    private static WebFetchTool loopbackTool() {
        return new WebFetchTool(WebFetchOptions.builder().allowLoopback(true).build());
    }

    private ToolResult fetch(WebFetchTool tool, Networking networking, String url) {
        try (StandaloneToolContext context = StandaloneToolContext.builder(workspace).networking(networking).build()) {
            return tool.execute(new ToolCall("toolu_1", "web_fetch", Map.of("url", url)), context);
        }
    }

    @Test
    void fetchesAnAllowedHostAndStartsWithTheUrlAndStatus() {
        ToolResult r = fetch(loopbackTool(), Networking.limited(List.of("127.0.0.1")), server.url("/plain"));
        assertFalse(r.isError(), r.text());
        assertTrue(r.text().startsWith("URL: " + server.url("/plain") + "\nStatus: 200\n"), r.text());
        assertTrue(r.text().endsWith("\n\nhello from loopback\n"), r.text());
    }

    @Test
    void allowedHostsMatchCaseInsensitivelyWithOptionalPortAndWildcard() {
        assertTrue(FetchPolicy.matches("api.example.com", "api.example.com", 443));
        assertTrue(FetchPolicy.matches("api.example.com:8443", "api.example.com", 8443));
        assertFalse(FetchPolicy.matches("api.example.com:8443", "api.example.com", 443));
        assertTrue(FetchPolicy.matches("*.example.com", "a.b.example.com", 80));
        assertFalse(FetchPolicy.matches("*.example.com", "example.com", 80));
        assertFalse(FetchPolicy.matches("*.example.com", "badexample.com", 80));
        assertFalse(FetchPolicy.matches("example.com", "example.com.evil.net", 80));
        ToolResult r = fetch(loopbackTool(), Networking.limited(List.of("127.0.0.1")),
                server.url("/plain").replace("http://", "HTTP://"));
        assertFalse(r.isError(), r.text());
    }

    @Test
    void limitedRefusesOtherHostsWithoutSendingAnything() {
        ToolResult r = fetch(loopbackTool(), Networking.limited(List.of("api.example.com")), server.url("/plain"));
        assertTrue(r.isError());
        assertTrue(r.text().startsWith("web_fetch: host 127.0.0.1 is not in this environment's allowed_hosts"),
                r.text());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void noneRefusesEveryUrl() {
        ToolResult r = fetch(loopbackTool(), Networking.NONE, server.url("/plain"));
        assertTrue(r.isError());
        assertTrue(r.text().contains("allows no network access (networking: none)"), r.text());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void followsARedirectWithinThePolicyAndReportsTheFinalUrl() {
        ToolResult r = fetch(loopbackTool(), Networking.limited(List.of("127.0.0.1")), server.url("/redirect-same"));
        assertFalse(r.isError(), r.text());
        assertTrue(r.text().startsWith("URL: " + server.url("/plain") + "\nStatus: 200"), r.text());
        assertEquals(List.of("/redirect-same", "/plain"), server.requests);
    }

    @Test
    void aRedirectToARefusedHostIsRefused() {
        ToolResult r = fetch(loopbackTool(), Networking.limited(List.of("127.0.0.1")),
                server.url("/redirect-localhost"));
        assertTrue(r.isError());
        assertTrue(r.text().contains("redirected to http://localhost:" + server.port() + "/plain, which is refused: "
                + "host localhost is not in this environment's allowed_hosts"), r.text());
        assertEquals(List.of("/redirect-localhost"), server.requests);
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        ToolResult r = fetch(loopbackTool(), Networking.UNRESTRICTED, server.url("/redirect-ftp"));
        assertTrue(r.isError());
        assertTrue(r.text().contains("only http and https URLs can be fetched"), r.text());
    }

    @Test
    void stopsAfterFiveRedirects() {
        ToolResult r = fetch(loopbackTool(), Networking.UNRESTRICTED, server.url("/loop"));
        assertTrue(r.isError());
        assertTrue(r.text().contains("too many redirects (more than 5)"), r.text());
        assertEquals(6, server.requests.size());
    }

    @Test
    void aNameResolvingToAPrivateOrLoopbackAddressIsRefusedBeforeConnecting() throws Exception {
        RefusingHttpClient client = new RefusingHttpClient();
        HostResolver resolver = host -> switch (host) {
            case "intranet.example" -> List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}));
            case "sneaky.example" -> List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, 0, 1}),
                    InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
            default -> throw new UnknownHostException(host);
        };
        WebFetchTool tool = new WebFetchTool(WebFetchOptions.builder().httpClient(client).resolver(resolver).build());
        ToolResult priv = fetch(tool, Networking.limited(List.of("intranet.example")), "http://intranet.example/x");
        assertTrue(priv.isError());
        assertTrue(priv.text().contains("resolves to 10.0.0.1, a private or link-local address"), priv.text());
        ToolResult loop = fetch(tool, Networking.UNRESTRICTED, "https://sneaky.example/");
        assertTrue(loop.text().contains("resolves to 127.0.0.1, a loopback address"), loop.text());
        ToolResult unknown = fetch(tool, Networking.UNRESTRICTED, "https://nowhere.example/");
        assertTrue(unknown.text().contains("cannot resolve host nowhere.example"), unknown.text());
        assertEquals(0, client.attempts.get());
    }

    @Test
    void loopbackLiteralsAreRefusedWithoutTheOption() {
        ToolResult r = fetch(new WebFetchTool(), Networking.UNRESTRICTED, server.url("/plain"));
        assertTrue(r.isError());
        assertTrue(r.text().contains("resolves to 127.0.0.1, a loopback address"), r.text());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void classifiesSpecialAddresses() throws Exception {
        FetchPolicy strict = new FetchPolicy(WebFetchOptions.defaults());
        FetchPolicy lenient = new FetchPolicy(
                WebFetchOptions.builder().allowLoopback(true).allowPrivateAddresses(true).build());
        Map<String, String> expected = Map.ofEntries(
                Map.entry("10.1.2.3", "a private or link-local address"),
                Map.entry("172.16.0.1", "a private or link-local address"),
                Map.entry("172.31.255.255", "a private or link-local address"),
                Map.entry("192.168.1.1", "a private or link-local address"),
                Map.entry("169.254.169.254", "a private or link-local address"),
                Map.entry("100.64.0.1", "a private or link-local address"),
                Map.entry("fc00::1", "a private or link-local address"),
                Map.entry("fd12:3456::1", "a private or link-local address"),
                Map.entry("fe80::1", "a private or link-local address"),
                Map.entry("127.0.0.1", "a loopback address"),
                Map.entry("127.9.9.9", "a loopback address"),
                Map.entry("::1", "a loopback address"),
                Map.entry("::ffff:127.0.0.1", "a loopback address"),
                Map.entry("64:ff9b::a00:1", "a private or link-local address"),
                Map.entry("2002:c0a8:101::1", "a private or link-local address"),
                Map.entry("0.0.0.0", "an unspecified address"),
                Map.entry("::", "an unspecified address"),
                Map.entry("224.0.0.1", "a multicast or broadcast address"),
                Map.entry("255.255.255.255", "a multicast or broadcast address"),
                Map.entry("ff02::1", "a multicast or broadcast address"));
        for (var e : expected.entrySet()) {
            InetAddress a = InetAddress.getByName(e.getKey());
            assertEquals(e.getValue(), strict.forbiddenKind(a), e.getKey());
        }
        for (String always : List.of("0.0.0.0", "224.0.0.1", "ff02::1")) {
            assertEquals(expected.get(always), lenient.forbiddenKind(InetAddress.getByName(always)), always);
        }
        for (String allowedByOptions : List.of("10.1.2.3", "127.0.0.1", "fc00::1")) {
            assertEquals(null, lenient.forbiddenKind(InetAddress.getByName(allowedByOptions)), allowedByOptions);
        }
        for (String publicAddress : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1")) {
            assertEquals(null, strict.forbiddenKind(InetAddress.getByName(publicAddress)), publicAddress);
        }
    }

    @Test
    void refusesNonHttpUrlsAndGarbage() {
        WebFetchTool tool = loopbackTool();
        assertTrue(fetch(tool, Networking.UNRESTRICTED, "file:///etc/passwd").text()
                .contains("only http and https URLs can be fetched"));
        assertTrue(fetch(tool, Networking.UNRESTRICTED, "ftp://example.com/x").text()
                .contains("only http and https URLs can be fetched"));
        assertTrue(fetch(tool, Networking.UNRESTRICTED, "example.com/x").text().contains("must be absolute"));
        assertTrue(fetch(tool, Networking.UNRESTRICTED, "http://exa mple.com/").text().contains("not a valid URL"));
        assertTrue(fetch(tool, Networking.UNRESTRICTED, "http://user:pw@127.0.0.1/").text()
                .contains("credentials"));
        ToolResult missing;
        try (StandaloneToolContext context = StandaloneToolContext.builder(workspace)
                .networking(Networking.UNRESTRICTED).build()) {
            missing = tool.execute(new ToolCall("toolu_1", "web_fetch", Map.of()), context);
        }
        assertTrue(missing.isError());
        assertEquals("web_fetch: url is required", missing.text());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void capsTheResponseSizeWithAMarker() {
        WebFetchTool tool = new WebFetchTool(WebFetchOptions.builder().allowLoopback(true).maxBytes(1 << 20).build());
        ToolResult r = fetch(tool, Networking.UNRESTRICTED, server.url("/big"));
        assertFalse(r.isError(), r.text().substring(0, 200));
        String text = r.text();
        assertTrue(text.endsWith("\n[content truncated: only the first 1048576 bytes were read]"),
                text.substring(text.length() - 100));
        int body = text.indexOf("\n\n") + 2;
        String content = text.substring(body, text.lastIndexOf("\n[content truncated"));
        assertEquals(1 << 20, content.length());
        assertTrue(content.chars().allMatch(c -> c == 'a'));
    }

    @Test
    void convertsHtmlToReadableTextWithTheTitleFirst() {
        ToolResult r = fetch(loopbackTool(), Networking.UNRESTRICTED, server.url("/html"));
        assertFalse(r.isError(), r.text());
        String content = r.text().substring(r.text().indexOf("\n\n") + 2);
        assertEquals("""
                Inventory & Stock

                Items

                First paragraph with the docs (https://example.com/docs).

                - one
                - two <b>
                caf\u00e9 \u263a""", content);
    }

    @Test
    void returnsJsonAsIsAndRefusesBinary() {
        ToolResult json = fetch(loopbackTool(), Networking.UNRESTRICTED, server.url("/json"));
        assertFalse(json.isError(), json.text());
        assertTrue(json.text().endsWith("Content-Type: application/json\n\n{\"a\": [1, 2], \"b\": \"&amp;\"}"),
                json.text());
        ToolResult png = fetch(loopbackTool(), Networking.UNRESTRICTED, server.url("/png"));
        assertTrue(png.isError());
        assertTrue(png.text().contains("returned binary content (image/png"), png.text());
        assertTrue(png.text().contains("web_fetch returns text only"), png.text());
    }

    @Test
    void anErrorStatusIsAnErrorResultWithTheBody() {
        ToolResult r = fetch(loopbackTool(), Networking.UNRESTRICTED, server.url("/missing"));
        assertTrue(r.isError());
        assertTrue(r.text().startsWith("URL: " + server.url("/missing") + "\nStatus: 404\n"), r.text());
        assertTrue(r.text().endsWith("no such page"), r.text());
    }

    @Test
    void aCancelledCallStopsWithAnError() {
        WebFetchTool tool = loopbackTool();
        try (StandaloneToolContext context = StandaloneToolContext.builder(workspace)
                .networking(Networking.UNRESTRICTED).cancelledWhen(() -> true).build()) {
            ToolResult r = tool.execute(new ToolCall("toolu_1", "web_fetch", Map.of("url", server.url("/plain"))),
                    context);
            assertTrue(r.isError());
            assertTrue(r.text().contains("cancelled while fetching"), r.text());
        }
    }

    @Test
    void optionsValidate() {
        assertThrows(IllegalArgumentException.class, () -> WebFetchOptions.builder().maxRedirects(6));
        assertThrows(IllegalArgumentException.class, () -> WebFetchOptions.builder().maxBytes(10));
        assertThrows(IllegalArgumentException.class, () -> WebFetchOptions.builder()
                .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()));
        assertThrows(IllegalArgumentException.class, () -> WebFetchOptions.builder().timeout(java.time.Duration.ZERO));
    }
}

package dev.harness4j.test.gen;

import static dev.harness4j.test.gen.JsonGenerators.base64;
import static dev.harness4j.test.gen.JsonGenerators.ids;
import static dev.harness4j.test.gen.JsonGenerators.listsOf;
import static dev.harness4j.test.gen.JsonGenerators.oneOf;
import static dev.harness4j.test.gen.JsonGenerators.orNull;
import static dev.harness4j.test.gen.JsonGenerators.texts;

import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.MediaSource;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.StopDetails;
import dev.harness4j.event.StopReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the values inside events: content blocks, sources, stop reasons, usage, errors. */
public final class PayloadGenerators {
    private static final List<String> ERROR_TYPES = List.of("unknown_error", "model_overloaded_error",
            "model_rate_limited_error", "model_request_failed_error", "mcp_connection_failed_error",
            "mcp_authentication_failed_error", "billing_error", "credential_host_unreachable_error",
            "tool_use_limit_reached_error", "compaction_limit_reached_error", "repository_clone_error");

    private PayloadGenerators() {
    }

    /** Text blocks of random unicode text. */
    public static Gen<ContentBlock.Text> textBlocks() {
        return texts().map(ContentBlock.Text::new);
    }

    /** Image blocks from base64, URL or file sources. */
    public static Gen<ContentBlock> imageBlocks() {
        Gen<String> mediaTypes = oneOf("image/png", "image/jpeg", "image/gif", "image/webp");
        Gen<MediaSource> base64 = base64().zip(mediaTypes, MediaSource.Base64::new);
        Gen<MediaSource> sources = Generate.oneOf(base64, urls(), files());
        return sources.map(ContentBlock.Image::new);
    }

    /** Document blocks from base64, plain text, URL or file sources, with or without title and context. */
    public static Gen<ContentBlock> documentBlocks() {
        Gen<MediaSource> base64 = base64().zip(oneOf("application/pdf", "text/plain"), MediaSource.Base64::new);
        Gen<MediaSource> plain = texts().map(t -> new MediaSource.PlainText(t, "text/plain"));
        Gen<MediaSource> sources = Generate.oneOf(base64, plain, urls(), files());
        return sources.zip(orNull(texts(4)), orNull(texts(6)), ContentBlock.Document::new);
    }

    /** Search-result blocks with 0 to 3 text blocks and an optional citation setting. */
    public static Gen<ContentBlock> searchResultBlocks() {
        Gen<ContentBlock.SearchResult.Citations> citations = orNull(Generate.booleans()
                .map(ContentBlock.SearchResult.Citations::new));
        return texts(4).zip(texts(4), listsOf(textBlocks(), 0, 3), citations, ContentBlock.SearchResult::new);
    }

    /** Redaction markers. */
    public static Gen<ContentBlock> redactedBlocks() {
        return Generate.constant(new ContentBlock.Redacted());
    }

    /** Any content block. */
    public static Gen<ContentBlock> contentBlocks() {
        return Generate.oneOf(widen(textBlocks()), imageBlocks(), documentBlocks(), searchResultBlocks(),
                redactedBlocks());
    }

    /** The blocks a {@code user.message} may hold: text, image, document, redacted. */
    public static Gen<ContentBlock> userMessageBlocks() {
        return Generate.oneOf(widen(textBlocks()), imageBlocks(), documentBlocks(), redactedBlocks());
    }

    /** The blocks an {@code agent.message} may hold: text, redacted. */
    public static Gen<ContentBlock> agentMessageBlocks() {
        return Generate.frequency(List.of(Pair.of(4, widen(textBlocks())), Pair.of(1, redactedBlocks())));
    }

    /** The blocks a tool result may hold: text, image, document, search result. */
    public static Gen<ContentBlock> toolResultBlocks() {
        return Generate.oneOf(widen(textBlocks()), imageBlocks(), documentBlocks(), searchResultBlocks());
    }

    /** Every stop reason; {@code requires_action} with 0 to 4 event ids. */
    public static Gen<StopReason> stopReasons() {
        Gen<StopReason> requiresAction = listsOf(ids("sevt_"), 0, 4).map(StopReason.RequiresAction::new);
        return Generate.oneOf(Generate.constant(StopReason.END_TURN), requiresAction,
                Generate.constant(StopReason.RETRIES_EXHAUSTED), Generate.constant(StopReason.BUDGET_REACHED),
                Generate.constant(new StopReason.Refusal()));
    }

    /** Refusal details with optional category and explanation. */
    public static Gen<StopDetails> stopDetails() {
        Gen<String> categories = orNull(oneOf("cyber", "bio", "frontier_llm", "reasoning_extraction",
                "general_harms"));
        return categories.zip(orNull(texts()), (c, e) -> new StopDetails("refusal", c, e));
    }

    /** Token usage with counts from 0 to very large and an optional speed. */
    public static Gen<ModelUsage> modelUsages() {
        Gen<Long> counts = Generate.oneOf(Generate.longRange(0, 10_000), Generate.longRange(0, Long.MAX_VALUE / 2));
        Gen<String> speeds = orNull(oneOf("standard", "fast"));
        return counts.zip(counts, counts, counts, (a, b, c, d) -> new long[] {a, b, c, d})
                .zip(speeds, (n, s) -> new ModelUsage(n[0], n[1], n[2], n[3], s));
    }

    /** {@code session.error} error objects of the reference's types, with the extra fields each type carries. */
    public static Gen<ErrorInfo> errors() {
        Gen<String> types = Generate.pick(ERROR_TYPES);
        Gen<ErrorInfo.RetryStatus> retry = Generate.enumValues(ErrorInfo.RetryStatus.class);
        Gen<String> names = texts(3);
        Gen<String> credentials = ids("vcrd_");
        Gen<String> vaults = ids("vlt_");
        Gen<String> repositories = orNull(ids("https://github.com/acme/r"));
        Gen<String> messages = texts();
        return rs -> {
            String type = types.generate(rs);
            Map<String, Object> extra = new LinkedHashMap<>();
            if (type.startsWith("mcp_")) {
                extra.put("mcp_server_name", names.generate(rs));
            } else if (type.startsWith("credential_")) {
                extra.put("credential_id", credentials.generate(rs));
                extra.put("vault_id", vaults.generate(rs));
            } else if (type.startsWith("repository_")) {
                extra.put("repository_url", repositories.generate(rs));
            }
            return new ErrorInfo(type, messages.generate(rs), retry.generate(rs), extra);
        };
    }

    /** Text rubrics (markdown-ish unicode) and file rubrics. */
    public static Gen<Rubric> rubrics() {
        Gen<Rubric> text = texts(20).map(Rubric.Text::new);
        Gen<Rubric> file = ids("file_").map(Rubric.File::new);
        return Generate.oneOf(text, file);
    }

    private static Gen<MediaSource> urls() {
        return texts(3).map(t -> new MediaSource.Url("https://example.com/" + t));
    }

    private static Gen<MediaSource> files() {
        return ids("file_").map(MediaSource.File::new);
    }

    private static Gen<ContentBlock> widen(Gen<? extends ContentBlock> gen) {
        return gen.map(b -> b);
    }
}

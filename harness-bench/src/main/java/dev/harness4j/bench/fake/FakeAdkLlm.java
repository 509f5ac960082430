package dev.harness4j.bench.fake;

import com.google.adk.models.BaseLlm;
import com.google.adk.models.BaseLlmConnection;
import com.google.adk.models.LlmRequest;
import com.google.adk.models.LlmResponse;
import com.google.genai.types.Content;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.Part;
import io.reactivex.rxjava3.core.Flowable;

/** The same zero-latency script as {@link FakeChatModel}, as an ADK {@link BaseLlm}. */
public final class FakeAdkLlm extends BaseLlm {
    private final Script script;
    private final LlmResponse[] toolCalls;
    private final LlmResponse answer;

    /** A model for exchanges of {@code n} tool calls. */
    public FakeAdkLlm(int n) {
        super("fake-model");
        this.script = new Script(n);
        this.toolCalls = new LlmResponse[n];
        for (int i = 0; i < n; i++) {
            FunctionCall call = FunctionCall.builder().id("call_" + i).name(Workload.TOOL).args(Workload.ARGS).build();
            toolCalls[i] = LlmResponse.builder()
                    .content(Content.builder().role("model").parts(Part.builder().functionCall(call).build()).build())
                    .build();
        }
        this.answer = LlmResponse.builder()
                .content(Content.builder().role("model").parts(Part.fromText(Workload.ANSWER)).build()).build();
    }

    /** Starts a new exchange. */
    public void reset() {
        script.reset();
    }

    /** Fails unless the exchange since {@link #reset()} played the whole script; see {@link Script#verifyCompleted()}. */
    public void verifyCompleted() {
        script.verifyCompleted();
    }

    @Override
    public Flowable<LlmResponse> generateContent(LlmRequest request, boolean stream) {
        int i = script.next();
        return Flowable.just(i < 0 ? answer : toolCalls[i]);
    }

    @Override
    public BaseLlmConnection connect(LlmRequest request) {
        throw new UnsupportedOperationException("the benchmark's fake model has no live connection");
    }
}

package dev.harness4j.event;

/** An observability span event: model requests and outcome evaluations. */
public sealed interface SpanEvent extends Event
        permits SpanModelRequestStart, SpanModelRequestEnd, SpanOutcomeEvaluationStart, SpanOutcomeEvaluationOngoing,
        SpanOutcomeEvaluationEnd {
}

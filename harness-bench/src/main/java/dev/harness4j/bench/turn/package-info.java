/**
 * The per-turn benchmark, one class per contestant: harness4j (in-memory and file log), ADK-java's
 * {@code InMemoryRunner} and LangChain4j's {@code AiServices}. Each runs the same exchange against the same
 * zero-latency script: a user message, {@code n} tool calls that read a 2 KB text, a final answer, in a fresh
 * session. The report divides the exchange by {@code n}: the cost of one turn (model reply plus tool call) averaged
 * over a session that grows from empty to {@code n} tool calls.
 */
package dev.harness4j.bench.turn;

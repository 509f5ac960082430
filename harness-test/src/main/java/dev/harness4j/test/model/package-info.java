/**
 * The scripted model: a LangChain4j {@code ChatModel} that plays back a script of replies, records every request and
 * fails loudly when the script runs out or a request is not what the test expected. It lets a whole agent session
 * run offline, deterministically and fast, and lets the test assert on what the harness <em>sent</em> to the model.
 */
package dev.harness4j.test.model;

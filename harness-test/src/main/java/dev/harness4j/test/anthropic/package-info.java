/**
 * A fake Anthropic Messages API on a loopback port: scripted message replies (text, tool use, thinking, usage with
 * cache counts), streamed or not, injected HTTP errors with the Anthropic error envelope, and a record of every
 * request. It tests the real wire path — LangChain4j's Anthropic client, its mapping and its error handling —
 * offline, and checks requests against the rules the real API enforces.
 */
package dev.harness4j.test.anthropic;

/**
 * JSON: the single Jackson configuration every codec of harness4j shares ({@link dev.harness4j.json.Json}), and the
 * readers of resource documents given as JSON or YAML ({@link dev.harness4j.json.JsonInput},
 * {@link dev.harness4j.json.DocumentReader}) that turn every parse or binding failure into an
 * {@link dev.harness4j.InvalidRequestException} naming the field.
 */
package dev.harness4j.json;

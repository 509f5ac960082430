/** JSON: the single Jackson configuration every codec of harness4j shares. */
package dev.harness4j.json;

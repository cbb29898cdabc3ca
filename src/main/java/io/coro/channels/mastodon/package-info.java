/**
 * Mastodon: connecting an account with OAuth on any instance, and publishing statuses with images, exactly once
 * thanks to the server's Idempotency-Key. A thin client of Mastodon's REST API on Coro's outbound HTTP.
 */
package io.coro.channels.mastodon;

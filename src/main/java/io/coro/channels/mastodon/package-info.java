/** Mastodon: connecting an account with OAuth on any instance. A thin client of Mastodon's REST API. */
package io.coro.channels.mastodon;

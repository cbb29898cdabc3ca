/** The ports a network adapter implements, and the data they exchange. */
@NamedInterface("spi")
package io.coro.channels.spi;

import org.springframework.modulith.NamedInterface;

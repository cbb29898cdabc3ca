package io.coro.channels;

/** Whether a channel works. */
public enum ChannelStatus {
    ACTIVE,
    /** its credentials stopped working: someone must reconnect it; its posts wait */
    NEEDS_RECONNECTION,
    /** removed by a person; kept for the history of what it published */
    DISCONNECTED
}

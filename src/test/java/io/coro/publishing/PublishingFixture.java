package io.coro.publishing;

import static io.coro.plan.PlanFixture.as;

import io.coro.channels.internal.ChannelService;
import io.coro.channels.spi.Publishes;
import io.coro.plan.PlanFixture;
import io.coro.plan.internal.PlanService;
import io.coro.support.FakeNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A bakery with a channel on the in-process network, and items taken through the plan to SCHEDULED. */
@Component
public class PublishingFixture {

    private final PlanFixture plans;
    private final PlanService plan;
    private final ChannelService channels;
    private final io.coro.channels.internal.ChannelConnections connections;

    PublishingFixture(
            PlanFixture plans,
            PlanService plan,
            ChannelService channels,
            io.coro.channels.internal.ChannelConnections connections) {
        this.connections = connections;
        this.plans = plans;
        this.plan = plan;
        this.channels = channels;
    }

    /** A bakery whose "Bluesky" plan channel publishes on a fresh account of the in-process network. */
    public record Shop(PlanFixture.Bakery bakery, UUID channelId, String account) {}

    public Shop shop(String name) throws Exception {
        PlanFixture.Bakery bakery = plans.bakery(name);
        String account = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        as(bakery.coordinator());
        UUID channel =
                connections.connectWithPassword(bakery.coordinator(), FakeNetwork.KEY, null, account, "right-password");
        channels.settings(
                bakery.coordinator(),
                channel,
                "Bluesky",
                "MEMBERS",
                null,
                List.of(),
                List.of(),
                Publishes.Visibility.PUBLIC);
        return new Shop(bakery, channel, account);
    }

    /** An item a member wrote and a coordinator approved, planned for an hour from now. */
    public UUID approved(Shop shop, String text) {
        var bakery = shop.bakery();
        as(bakery.member());
        UUID item = plan.create(
                bakery.member(),
                "Post " + text.hashCode(),
                Instant.now().plus(Duration.ofHours(1)),
                List.of("Bluesky"),
                bakery.pillarId(),
                null);
        plan.draft(bakery.member(), item);
        plan.edit(
                bakery.member(),
                item,
                "Post " + text.hashCode(),
                text,
                List.of("Bluesky"),
                bakery.pillarId(),
                Map.of());
        plan.submit(bakery.member(), item);
        as(bakery.coordinator());
        plan.approve(bakery.coordinator(), item);
        return item;
    }

    /** A coordinator schedules an approved item for {@code at}, which must still be ahead. */
    public void schedule(Shop shop, UUID item, Instant at) {
        as(shop.bakery().coordinator());
        plan.schedule(shop.bakery().coordinator(), item, at);
    }

    /** An item a member wrote and a coordinator scheduled {@code in} from now. */
    public UUID scheduled(Shop shop, String text, Duration in) {
        return scheduled(shop.bakery(), text, in);
    }

    /** An item for the bakery's "Bluesky" plan channel, written by a member and scheduled {@code in} from now. */
    public UUID scheduled(PlanFixture.Bakery bakery, String text, Duration in) {
        Instant at = Instant.now().plus(in);
        as(bakery.member());
        UUID item = plan.create(
                bakery.member(), "Post " + text.hashCode(), at, List.of("Bluesky"), bakery.pillarId(), null);
        plan.draft(bakery.member(), item);
        plan.edit(
                bakery.member(),
                item,
                "Post " + text.hashCode(),
                text,
                List.of("Bluesky"),
                bakery.pillarId(),
                Map.of());
        plan.submit(bakery.member(), item);
        as(bakery.coordinator());
        plan.approve(bakery.coordinator(), item);
        plan.schedule(bakery.coordinator(), item, Instant.now().plus(in));
        return item;
    }
}

package io.coro.plan;

import static io.coro.plan.PlanFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.plan.internal.PlanService;
import io.coro.plan.internal.PlanVersusActual;
import io.coro.plan.internal.SlotPlanner;
import io.coro.plan.internal.Slots;
import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The plan through its pages and URLs, as people and calendar apps use it. */
@CoroTest
class PlanWebTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture fixture;

    @Autowired
    PlanService service;

    @Autowired
    SlotPlanner planner;

    @Autowired
    Slots slots;

    @Autowired
    PlanVersusActual report;

    @Autowired
    JdbcClient jdbc;

    PlanFixture.Bakery bakery;
    Cookie member;
    UUID item;

    @BeforeEach
    void bakery() throws Exception {
        bakery = fixture.bakery("Forno " + UUID.randomUUID());
        member = Sessions.login(mvc, bakery.memberEmail());
        item = service.create(
                as(bakery.member()),
                "Croissants",
                Instant.now().plus(Duration.ofDays(2)),
                List.of("Instagram"),
                bakery.pillarId(),
                null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    int mediaCount() {
        return jdbc.sql("SELECT count(*) FROM plan_media WHERE item_id = ?")
                .param(item)
                .query(Integer.class)
                .single();
    }

    @Test
    void anImageIsStoredWithItsDetectedTypeAndARenamedTextFileIsRefused() throws Exception {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/plan/items/{id}/media", item)
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", png))
                        .param("altText", "Croissants on a tray")
                        .cookie(member)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "plan.media.added"));
        UUID mediaId = jdbc.sql("SELECT id FROM plan_media WHERE item_id = ?")
                .param(item)
                .query(UUID.class)
                .single();
        mvc.perform(get("/plan/media/{id}", mediaId).cookie(member))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        mvc.perform(multipart("/plan/items/{id}/media", item)
                        .file(new MockMultipartFile(
                                "file",
                                "holiday.png",
                                "image/png",
                                "not an image at all".getBytes(StandardCharsets.UTF_8)))
                        .cookie(member)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "planProblem", "This file is not a JPEG, PNG, WebP or GIF image. Nothing was saved."));
        assertThat(mediaCount()).isEqualTo(1);

        // another workspace never sees the image
        PlanFixture.Bakery other = fixture.bakery("Altro " + UUID.randomUUID());
        Cookie stranger = Sessions.login(mvc, other.ownerEmail());
        mvc.perform(get("/plan/media/{id}", mediaId).cookie(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/plan/items/{id}", item).cookie(stranger)).andExpect(status().isNotFound());
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        // through the real server, where the request ceiling applies (MockMvc does not parse multipart bodies)
        String session = member.getValue();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/plan/items/" + item))
                                .header("Cookie", "CORO_SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var doc = org.jsoup.Jsoup.parse(page);
        String token = doc.selectFirst("meta[name=_csrf]").attr("content");
        String headerName = doc.selectFirst("meta[name=_csrf_header]").attr("content");
        byte[] big = new byte[50 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        String boundary = "coro" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/plan/items/" + item + "/media"))
                        .header("Cookie", "CORO_SESSION=" + session)
                        .header(headerName, token)
                        .header("Referer", base + "/plan/items/" + item)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/plan/items/" + item);
        String shown = http.send(
                        HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : base + location))
                                .header("Cookie", "CORO_SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(shown).contains("The file is too large to upload (20 MB at most). Nothing was stored.");

        byte[] nine = new byte[9 * 1024 * 1024];
        System.arraycopy(big, 0, nine, 0, 3);
        mvc.perform(multipart("/plan/items/{id}/media", item)
                        .file(new MockMultipartFile("file", "nine.jpg", "image/jpeg", nine))
                        .cookie(member)
                        .with(csrf()))
                .andExpect(flash().attribute("planProblem", "The image is larger than 8 MB. Nothing was saved."));
        assertThat(mediaCount()).isZero();
    }

    @Test
    void theFeedListsOnlyTheMembersItemsAndAWrongTokenIsNotFound() throws Exception {
        service.create(
                as(bakery.otherMember()),
                "Someone else's post",
                Instant.now().plus(Duration.ofDays(1)),
                List.of("Instagram"),
                null,
                null);
        String url = (String) mvc.perform(post("/plan/feed").cookie(member).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("feedUrl");
        String path = url.substring(url.indexOf("/plan/ical/"));
        String body = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Croissants");
        assertThat(body).doesNotContain("Someone else");

        mvc.perform(get("/plan/ical/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        // a new address ends the old one
        mvc.perform(post("/plan/feed").cookie(member).with(csrf()));
        mvc.perform(get(path)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT token_hash FROM plan_feed WHERE user_id = ?")
                        .param(bakery.member().userId())
                        .query(String.class)
                        .single())
                .as("only a hash is kept")
                .doesNotContain(path.substring("/plan/ical/".length(), path.length() - 4));
    }

    @Test
    void savingASlotPlansTheNextFourWeeksOnceHoweverOftenGenerationRuns() {
        UUID slotId = planner.save(
                as(bakery.coordinator()),
                null,
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(10, 0),
                1,
                LocalDate.now(PlanFixture.ROME),
                "Instagram",
                bakery.pillarId(),
                "",
                true);
        int planned = slotItems(slotId);
        assertThat(planned).isBetween(7, 9);
        assertThat(planner.generateAll(Instant.now())).isZero();
        planner.generate(slots.find(bakery.workspaceId(), slotId).orElseThrow(), PlanFixture.ROME, Instant.now());
        assertThat(slotItems(slotId)).isEqualTo(planned);
        assertThat(jdbc.sql("SELECT DISTINCT title FROM plan_item WHERE slot_id = ?")
                        .param(slotId)
                        .query(String.class)
                        .list())
                .containsExactly("Behind the scenes · Instagram");
        assertThat(jdbc.sql("SELECT DISTINCT to_char(planned_at AT TIME ZONE 'Europe/Rome', 'HH24:MI') FROM plan_item"
                                + " WHERE slot_id = ?")
                        .param(slotId)
                        .query(String.class)
                        .list())
                .containsExactly("10:00");
        // a member cannot manage slots
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> planner.delete(as(bakery.member()), slotId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    int slotItems(UUID slotId) {
        return jdbc.sql("SELECT count(*) FROM plan_item WHERE slot_id = ? AND status = 'IDEA'")
                .param(slotId)
                .query(Integer.class)
                .single();
    }

    @Test
    void planVersusActualComparesTheTargetShareWithWhatWasPublishedAndListsEmptySlots() {
        UUID ws = bakery.workspaceId();
        YearMonth month = YearMonth.of(2026, 3);
        Instant inMonth = month.atDay(10).atTime(10, 0).atZone(PlanFixture.ROME).toInstant();
        for (int i = 0; i < 3; i++) {
            insertPublished(ws, i < 2 ? bakery.pillarId() : null, inMonth.plusSeconds(i * 3600L));
        }
        jdbc.sql("""
                        INSERT INTO plan_slot (id, workspace_id, weekdays, time_of_day, every_weeks, starts_on, channel,
                                               created_at)
                        VALUES (?, ?, '{1}', '09:00', 1, '2026-03-01', 'Instagram', now())""").params(UUID.randomUUID(), ws).update();
        var result = report.of(ws, month, PlanFixture.ROME, Instant.parse("2026-03-20T12:00:00Z"));
        assertThat(result.published()).isEqualTo(3);
        var pillar = result.pillars().get(0);
        assertThat(pillar.name()).isEqualTo("Behind the scenes");
        assertThat(pillar.targetShare()).isEqualTo(40);
        assertThat(pillar.actualShare()).isEqualTo(67);
        assertThat(result.pillars().get(1).name()).isNull();
        assertThat(result.pillars().get(1).actualShare()).isEqualTo(33);
        // Mondays 2, 9 and 16 March passed with nothing published in the slot
        assertThat(result.emptySlots()).hasSize(3);
    }

    void insertPublished(UUID ws, UUID pillar, Instant at) {
        jdbc.sql("""
                        INSERT INTO plan_item (id, workspace_id, title, status, planned_at, pillar_id, published_at,
                                               published_url, created_at, updated_at)
                        VALUES (?, ?, 'Post', 'PUBLISHED', ?, ?, ?, 'https://example.org', now(), now())""")
                .params(UUID.randomUUID(), ws, java.sql.Timestamp.from(at), pillar, java.sql.Timestamp.from(at))
                .update();
    }

    @Test
    void theCalendarFeedsOnlyThisWorkspacesItemsAndAMemberCannotDragAnItemInReview() throws Exception {
        String start = LocalDate.now(PlanFixture.ROME).minusDays(1) + "T00:00:00Z";
        String end = LocalDate.now(PlanFixture.ROME).plusDays(10) + "T00:00:00Z";
        String json = mvc.perform(get("/plan/events")
                        .param("start", start)
                        .param("end", end)
                        .cookie(member))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains(item.toString()).contains("#c2410c");
        PlanFixture.Bakery other = fixture.bakery("Altro " + UUID.randomUUID());
        Cookie stranger = Sessions.login(mvc, other.ownerEmail());
        assertThat(mvc.perform(get("/plan/events")
                                .param("start", start)
                                .param("end", end)
                                .cookie(stranger))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(item.toString());

        service.draft(as(bakery.member()), item);
        service.edit(as(bakery.member()), item, "Croissants", "Text", List.of("Instagram"), null, Map.of());
        service.submit(as(bakery.member()), item);
        String target = LocalDate.now(PlanFixture.ROME).plusDays(5) + "T10:00:00Z";
        String refused = mvc.perform(post("/plan/items/{id}/move", item)
                        .param("start", target)
                        .cookie(member)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("only a coordinator can move it");
        Cookie coordinator = Sessions.login(mvc, bakery.coordinatorEmail());
        mvc.perform(post("/plan/items/{id}/move", item)
                        .param("start", target)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql(
                                "SELECT to_char(planned_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD\"T\"HH24:MI') FROM plan_item"
                                        + " WHERE id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .as("the wall-clock time in the workspace's zone")
                .isEqualTo(target.substring(0, 16));
        mvc.perform(post("/plan/items/{id}/move", item)
                        .param("start", target)
                        .cookie(stranger)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyPlanPageRendersInBothLanguages() throws Exception {
        for (String path : List.of(
                "/plan", "/plan/items/" + item, "/plan/items/new", "/plan/slots", "/plan/report", "/plan/feed")) {
            for (String language : List.of("en", "it")) {
                String html = mvc.perform(get(path).cookie(member).locale(java.util.Locale.forLanguageTag(language)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(html).as(path).doesNotContain("??");
            }
        }
    }
}

package io.coro.strategy.internal;

import io.coro.shared.validation.PlainText;
import io.coro.strategy.Kpi;
import io.coro.strategy.StrategyDocument;
import io.coro.strategy.StrategyDocument.Pillar;
import io.coro.strategy.StrategyEvents.AuditTaken;
import io.coro.strategy.StrategyEvents.ObjectiveCreated;
import io.coro.strategy.StrategyEvents.StrategySaved;
import io.coro.workspace.CurrentMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to audits, objectives and the strategy. Owners and coordinators make them; everyone reads them. */
@Service
public class StrategyService {

    private final Audits audits;
    private final Objectives objectives;
    private final StrategyVersions versions;
    private final ApplicationEventPublisher events;

    StrategyService(Audits audits, Objectives objectives, StrategyVersions versions, ApplicationEventPublisher events) {
        this.audits = audits;
        this.objectives = objectives;
        this.versions = versions;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public UUID takeAudit(CurrentMember me, LocalDate takenOn, String note, List<Audits.Value> values) {
        return recordAudit(
                me.workspaceId(),
                takenOn,
                note,
                values,
                me.userId(),
                LocalDate.now(me.workspace().timeZone()));
    }

    UUID recordAudit(UUID ws, LocalDate takenOn, String note, List<Audits.Value> values, UUID by, LocalDate today) {
        if (takenOn == null || takenOn.isAfter(today)) {
            throw new StrategyProblem("takenOn", "audit.date.future");
        }
        if (values.isEmpty()) {
            throw new StrategyProblem(null, "audit.values.none");
        }
        for (Audits.Value v : values) {
            if (v.value().signum() < 0 || (v.metric().percent() && v.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new StrategyProblem(v.channel() + "." + v.metric(), "audit.value.range", v.channel());
            }
        }
        UUID id = audits.create(ws, takenOn, note == null ? "" : note.trim(), values, by);
        // the audit's values start the KPI series that trends and progress are computed from
        for (Audits.Value v : values) {
            for (Kpi kpi : Kpi.values()) {
                if (kpi.auditMetric() == v.metric()) {
                    objectives.record(ws, kpi, v.channel(), null, takenOn, v.value(), v.source());
                }
            }
        }
        events.publishEvent(new AuditTaken(ws, id));
        return id;
    }

    /** A new objective; checked for sense here, for achievability when shown. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public UUID createObjective(CurrentMember me, Objectives.Objective o) {
        LocalDate today = LocalDate.now(me.workspace().timeZone());
        return addObjective(me.workspaceId(), o, me.userId(), today);
    }

    UUID addObjective(UUID ws, Objectives.Objective o, UUID by, LocalDate today) {
        if (o.name() == null || o.name().isBlank()) {
            throw new StrategyProblem("name", "NotBlank");
        }
        if (o.name().length() > 120 || !PlainText.Validator.isPlain(o.name())) {
            throw new StrategyProblem("name", "objective.name.bad");
        }
        if (o.deadline() == null) {
            throw new StrategyProblem("deadline", "objective.deadline.required");
        }
        if (!o.deadline().isAfter(today)) {
            throw new StrategyProblem("deadline", "objective.deadline.past");
        }
        if (o.target() == null) {
            throw new StrategyProblem("target", "objective.target.required");
        }
        if (o.target().signum() < 0 || (o.baseline() != null && o.baseline().signum() < 0)) {
            throw new StrategyProblem("target", "objective.value.negative");
        }
        if (o.kpi().share()
                && (o.target().compareTo(BigDecimal.valueOf(100)) > 0
                        || (o.baseline() != null && o.baseline().compareTo(BigDecimal.valueOf(100)) > 0))) {
            throw new StrategyProblem("target", "objective.share.over100");
        }
        if (o.baseline() != null) {
            int direction = o.target().compareTo(o.baseline());
            if (direction == 0) {
                throw new StrategyProblem("target", "objective.target.sameAsBaseline");
            }
            if ((direction < 0) == o.kpi().higherIsBetter()) {
                throw new StrategyProblem(
                        "target",
                        o.kpi().higherIsBetter() ? "objective.target.belowBaseline" : "objective.target.aboveBaseline");
            }
            if (o.baselineOn() != null && o.baselineOn().isAfter(today)) {
                throw new StrategyProblem("baselineOn", "objective.baseline.future");
            }
        }
        UUID id = objectives.create(ws, o, by);
        if (o.kpi() == Kpi.MANUAL && o.baseline() != null) {
            objectives.record(
                    ws, Kpi.MANUAL, "", id, o.baselineOn() == null ? today : o.baselineOn(), o.baseline(), "MANUAL");
        }
        events.publishEvent(new ObjectiveCreated(ws, id, o.kpi().name()));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void setStatus(CurrentMember me, UUID objectiveId, String status) {
        if (!Set.of("ACTIVE", "ACHIEVED", "DROPPED").contains(status)) {
            throw new StrategyProblem(null, "objective.status.bad");
        }
        objectives
                .find(me.workspaceId(), objectiveId)
                .orElseThrow(() -> new StrategyProblem(null, "objective.notFound"));
        objectives.setStatus(me.workspaceId(), objectiveId, status);
    }

    /** A value measured by hand (the insights module will record measured ones through the Strategy facade). */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void recordMeasurement(CurrentMember me, UUID objectiveId, LocalDate on, BigDecimal value) {
        Objectives.Objective o = objectives
                .find(me.workspaceId(), objectiveId)
                .orElseThrow(() -> new StrategyProblem(null, "objective.notFound"));
        LocalDate today = LocalDate.now(me.workspace().timeZone());
        if (on == null || on.isAfter(today)) {
            throw new StrategyProblem("on", "measurement.date.future");
        }
        if (value == null || value.signum() < 0 || (o.kpi().share() && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new StrategyProblem("value", "measurement.value.range");
        }
        objectives.record(
                me.workspaceId(), o.kpi(), o.channelKey(), o.kpi() == Kpi.MANUAL ? o.id() : null, on, value, "MANUAL");
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public int saveStrategy(CurrentMember me, StrategyDocument document, String note) {
        return save(me.workspaceId(), document, note, me.userId(), false);
    }

    int save(UUID ws, StrategyDocument document, String note, UUID by, boolean demo) {
        validate(document);
        int version = versions.save(ws, document, note == null ? "" : note.trim(), by);
        events.publishEvent(new StrategySaved(ws, version, demo));
        return version;
    }

    static void validate(StrategyDocument d) {
        int total = 0;
        Set<String> names = new HashSet<>();
        for (Pillar p : d.pillars()) {
            if (p.name().isBlank()) {
                throw new StrategyProblem("pillars", "pillar.name.required");
            }
            if (!names.add(p.name().trim().toLowerCase(java.util.Locale.ROOT))) {
                throw new StrategyProblem("pillars", "pillar.name.duplicate", p.name());
            }
            if (p.targetShare() < 0 || p.targetShare() > 100) {
                throw new StrategyProblem("pillars", "pillar.share.range", p.name());
            }
            total += p.targetShare();
        }
        if (total > 100) {
            throw new StrategyProblem("pillars", "pillar.share.over100", total);
        }
        for (String text : texts(d)) {
            if (!PlainText.Validator.isPlain(text.replace("\n", " ").replace("\r", ""))) {
                throw new StrategyProblem(null, "strategy.text.bad");
            }
        }
    }

    private static List<String> texts(StrategyDocument d) {
        List<String> all = new java.util.ArrayList<>();
        d.pillars().forEach(p -> {
            all.add(p.name());
            all.add(p.description());
        });
        d.audiences().forEach(a -> {
            all.add(a.name());
            all.add(a.description());
        });
        d.channels().forEach(c -> {
            all.add(c.channel());
            all.add(c.role());
        });
        all.addAll(d.tone().principles());
        all.addAll(d.tone().doExamples());
        all.addAll(d.tone().dontExamples());
        all.addAll(d.tone().wordsToAvoid());
        all.add(d.guidelines());
        return all;
    }
}

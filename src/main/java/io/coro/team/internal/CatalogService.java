package io.coro.team.internal;

import io.coro.workspace.CurrentMember;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The competence catalog, and members' proposals of skills and levels for themselves. */
@Service
public class CatalogService {

    private final Competences competences;
    private final Proposals proposals;
    private final TeamService team;
    private final TeamLog log;

    CatalogService(Competences competences, Proposals proposals, TeamService team, TeamLog log) {
        this.competences = competences;
        this.proposals = proposals;
        this.team = team;
        this.log = log;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public UUID save(
            CurrentMember me,
            UUID id,
            String nameEn,
            String nameIt,
            String keywordsEn,
            String keywordsIt,
            boolean needed,
            boolean sensitive) {
        UUID ws = me.workspaceId();
        if (id == null) {
            String code = codeOf(nameEn);
            if (competences.findByCode(ws, code).isPresent()) {
                throw new TeamProblem("nameEn", "team.competence.duplicate");
            }
            UUID created = competences.add(
                    ws,
                    new Competence(
                            null,
                            code,
                            nameEn.trim(),
                            nameIt.trim(),
                            keywordsEn.trim(),
                            keywordsIt.trim(),
                            needed,
                            sensitive));
            log.record(ws, me.userId(), null, "CATALOG", nameEn.trim());
            return created;
        }
        Competence existing =
                competences.find(ws, id).orElseThrow(() -> new TeamProblem(null, "team.competence.unknown"));
        competences.update(
                ws,
                new Competence(
                        id,
                        existing.code(),
                        nameEn.trim(),
                        nameIt.trim(),
                        keywordsEn.trim(),
                        keywordsIt.trim(),
                        needed,
                        sensitive));
        log.record(ws, me.userId(), null, "CATALOG", existing.code());
        return id;
    }

    /** A member proposes a level for themselves, in a catalog competence or in a new skill. */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public UUID propose(CurrentMember me, UUID competenceId, String newSkill, int level, String evidence) {
        UUID ws = me.workspaceId();
        if (level < 1 || level > 5) {
            throw new TeamProblem("level", "team.level.range");
        }
        boolean isNew = competenceId == null;
        if (isNew && (newSkill == null || newSkill.isBlank())) {
            throw new TeamProblem("newSkill", "team.proposal.skillRequired");
        }
        if (!isNew && competences.find(ws, competenceId).isEmpty()) {
            throw new TeamProblem("competenceId", "team.competence.unknown");
        }
        UUID id =
                proposals.create(ws, me.userId(), competenceId, isNew ? newSkill.trim() : null, level, evidence.trim());
        log.record(
                ws,
                me.userId(),
                me.userId(),
                "PROPOSAL",
                "proposed " + (isNew ? "'" + newSkill.trim() + "'" : "a level") + " at " + level);
        return id;
    }

    /** A coordinator confirms (the level is set, a new skill joins the catalog) or declines a proposal. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void decide(CurrentMember me, UUID proposalId, boolean confirm) {
        UUID ws = me.workspaceId();
        Proposals.Proposal proposal = proposals
                .findPendingForUpdate(ws, proposalId)
                .orElseThrow(() -> new TeamProblem(null, "team.proposal.notPending"));
        proposals.decide(ws, proposalId, confirm, me.userId());
        if (confirm) {
            UUID competenceId = proposal.competenceId();
            if (competenceId == null) {
                String name = proposal.newSkill();
                competenceId = competences
                        .findByCode(ws, codeOf(name))
                        .map(Competence::id)
                        .orElseGet(() -> competences.add(
                                ws, new Competence(null, codeOf(name), name, name, "", "", false, false)));
            }
            team.setLevel(me, proposal.userId(), competenceId, proposal.level(), proposal.evidence());
        } else {
            log.record(ws, me.userId(), proposal.userId(), "PROPOSAL_DECLINED", "");
        }
    }

    /** A stable code from a name: "Torte nuziali" → "torte-nuziali". */
    public static String codeOf(String name) {
        String plain = Normalizer.normalize(name.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain.isEmpty() ? "skill" : plain.length() > 60 ? plain.substring(0, 60) : plain;
    }
}

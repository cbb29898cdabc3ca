package io.coro.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.support.CoroTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** "Who can answer this?" on a realistic team, in Italian and English. */
@CoroTest
class WhoCanAnswerTests {

    @Autowired
    Team team;

    @Autowired
    TeamFixture fixture;

    static TeamFixture.Built gelateria;

    @BeforeEach
    void buildOnce() {
        if (gelateria == null) {
            gelateria = fixture.gelateria();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Il pagamento con carta sul sito non funziona, mi dà errore | fabio",
                "My order arrived late and the box was broken, I want a refund | anna",
                "Quali ingredienti ci sono nel gelato al pistacchio? Contiene allergeni? | bruno",
                "Can you deliver to our hotel? We are tourists from Germany | dario",
                "Vorremmo organizzare una festa di compleanno per sabato | anna",
                "Siete aperti domenica? Qual è l'orario? | anna",
                "Do you have a sorbet without milk? | bruno",
                "Ho un reclamo: il gelato era sciolto e nessuno mi ha risposto | anna"
            })
    void theExpectedPersonComesFirst(String question, String expected) {
        List<Candidate> candidates = team.whoCanAnswer(gelateria.workspaceId(), question, 5);

        assertThat(candidates).as(question).isNotEmpty();
        assertThat(candidates.get(0).userId())
                .as(question + " → " + names(candidates))
                .isEqualTo(gelateria.id(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Can you send me the photo of yesterday's post?",
                "Vorremmo un preventivo per il catering di un matrimonio",
                "Organizzate eventi e feste di compleanno?",
                "Mi fate un video per Instagram?",
                "Il sito non funziona",
                "Quanto costa il gelato?"
            })
    void nobodyOutOfOfficeAtCapacityOrOnlyViewingIsSuggested(String question) {
        List<Candidate> candidates = team.whoCanAnswer(gelateria.workspaceId(), question, 10);

        assertThat(candidates)
                .extracting(Candidate::userId)
                .as(question)
                .doesNotContain(gelateria.id("carla"), gelateria.id("elena"), gelateria.id("giorgio"));
    }

    @Test
    void theReasonSaysWhichCompetenceLanguageAndLoad() {
        Candidate first = team.whoCanAnswer(gelateria.workspaceId(), "Il gelato al pistacchio è senza lattosio?", 3)
                .get(0);

        assertThat(first.userId()).isEqualTo(gelateria.id("bruno"));
        assertThat(first.skills()).extracting(Candidate.MatchedSkill::code).contains("gelato");
        assertThat(first.skills().get(0).level()).isEqualTo(5);
        assertThat(first.questionLanguage()).isEqualTo("it");
        assertThat(first.speaksLanguage()).isTrue();
        assertThat(first.openItems()).isEqualTo(1);
        assertThat(first.weeklyCapacity()).isEqualTo(6);
    }

    @Test
    void speakingTheQuestionsLanguageCounts() {
        // Dario (customer care 3, English only) and Fabio (customer care 2, Italian only): an English question
        // about opening hours goes to English speakers first.
        List<Candidate> english = team.whoCanAnswer(gelateria.workspaceId(), "What are your opening hours?", 5);
        assertThat(english)
                .extracting(Candidate::userId)
                .containsSubsequence(gelateria.id("dario"), gelateria.id("fabio"));
        assertThat(english.stream()
                        .filter(c -> c.userId().equals(gelateria.id("fabio")))
                        .findFirst()
                        .orElseThrow()
                        .speaksLanguage())
                .isFalse();
    }

    @Test
    void aQuestionWithNothingToMatchFindsNobody() {
        assertThat(team.whoCanAnswer(gelateria.workspaceId(), "xyzzy plugh", 5)).isEmpty();
        assertThat(team.whoCanAnswer(gelateria.workspaceId(), "   ", 5)).isEmpty();
    }

    String names(List<Candidate> candidates) {
        return candidates.stream()
                .map(c -> c.displayName() + " " + String.format("%.2f", c.score()))
                .toList()
                .toString();
    }
}

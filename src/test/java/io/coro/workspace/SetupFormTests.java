package io.coro.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The setup form: bad values get a clear message next to their field, and nothing half-made is stored. */
@CoroTest
class SetupFormTests {

    static final String PASSWORD = "una torta al giorno";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCompany company;

    @BeforeEach
    void freshInstallation() {
        company.wipe();
    }

    @Test
    void theFirstStartLeadsToSetup() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
    }

    @Test
    void emptyFormsAreRefusedFieldByField() throws Exception {
        Document page = submit(Map.of("companyName", "", "ownerName", "", "email", "", "password", ""), "en");

        assertThat(errorOf(page, "companyName")).isEqualTo("Please fill in this field.");
        assertThat(errorOf(page, "ownerName")).isEqualTo("Please fill in this field.");
        assertThat(errorOf(page, "email")).isEqualTo("Please fill in this field.");
        assertThat(errorOf(page, "password")).isEqualTo("Choose a password.");
        assertNothingStored();
    }

    @Test
    void tooLongValuesAreRefused() throws Exception {
        Document page = submit(
                Map.of(
                        "companyName", "P".repeat(101),
                        "ownerName", "O".repeat(101),
                        "email", "a".repeat(250) + "@x.example",
                        "password", "p".repeat(129)),
                "en");

        assertThat(errorOf(page, "companyName")).isEqualTo("Use at most 100 characters.");
        assertThat(errorOf(page, "ownerName")).isEqualTo("Use at most 100 characters.");
        assertThat(errorOf(page, "email")).contains("at most 254 characters");
        assertThat(errorOf(page, "password")).isEqualTo("Use at most 128 characters.");
        // what was typed stays in the form
        assertThat(page.getElementById("companyName").val()).isEqualTo("P".repeat(101));
        assertNothingStored();
    }

    @Test
    void markupAndInjectionAttemptsAreRefusedInItalianToo() throws Exception {
        Document page = submit(
                Map.of(
                        "companyName", "<script>alert('x')</script>",
                        "ownerName", "Mario\u0000Rossi",
                        "email", "x' OR '1'='1",
                        "password", "password123",
                        "timeZone", "Europe/Nowhere'; DROP TABLE workspace; --",
                        "language", "de"),
                "it");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("it");
        assertThat(errorOf(page, "companyName")).startsWith("Usa testo semplice");
        assertThat(errorOf(page, "ownerName")).startsWith("Usa testo semplice");
        assertThat(errorOf(page, "email")).startsWith("Inserisci un indirizzo e-mail valido");
        assertThat(errorOf(page, "password")).contains("troppo facile da indovinare");
        assertThat(errorOf(page, "timeZone")).isEqualTo("Scegli un fuso orario dall'elenco.");
        assertThat(errorOf(page, "language")).isEqualTo("Scegli English o Italiano.");
        assertThat(page.html()).doesNotContain("<script>alert");
        assertNothingStored();
    }

    @Test
    void textThatLooksLikeSqlIsStoredAsTheTextItIs() throws Exception {
        String name = "Bar Sport'); DROP TABLE workspace; --";
        Map<String, String> form = validForm();
        form.put("companyName", name);

        mvc.perform(post("/setup").with(csrf()).params(params(form))).andExpect(redirectedUrl("/login"));

        assertThat(jdbc.sql("SELECT name FROM workspace").query(String.class).list())
                .containsExactly(name);
    }

    @Test
    void passwordsMustMatchAndNotBeTheEmail() throws Exception {
        Map<String, String> form = validForm();
        form.put("passwordConfirmation", "something else entirely");
        assertThat(errorOf(submit(form, "en"), "passwordConfirmation")).isEqualTo("The two passwords do not match.");

        form = validForm();
        form.put("password", "owner@forno.example!!");
        form.put("passwordConfirmation", "owner@forno.example!!");
        assertThat(errorOf(submit(form, "en"), "password"))
                .isEqualTo("The password must not contain your e-mail address.");
        assertNothingStored();
    }

    @Test
    void setupHappensOnce() throws Exception {
        mvc.perform(post("/setup").with(csrf()).params(params(validForm()))).andExpect(redirectedUrl("/login"));
        Map<String, String> second = validForm();
        second.put("email", "intruder@forno.example");

        mvc.perform(post("/setup").with(csrf()).params(params(second))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));

        assertThat(jdbc.sql("SELECT count(*) FROM workspace")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT email FROM app_user").query(String.class).list())
                .containsExactly("owner@forno.example");
    }

    Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("companyName", "Forno Centrale");
        form.put("language", "en");
        form.put("timeZone", "Europe/Rome");
        form.put("ownerName", "Olivia Owner");
        form.put("email", "owner@forno.example");
        form.put("password", PASSWORD);
        form.put("passwordConfirmation", PASSWORD);
        return form;
    }

    Document submit(Map<String, String> values, String language) throws Exception {
        Map<String, String> form = validForm();
        form.putAll(values);
        MockHttpServletRequestBuilder request =
                post("/setup").with(csrf()).header("Accept-Language", language).params(params(form));
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach(params::add);
        return params;
    }

    static String errorOf(Document page, String field) {
        var error = page.getElementById(field + "-error");
        assertThat(error).as("error shown for " + field).isNotNull();
        assertThat(page.getElementById(field).attr("aria-invalid")).isEqualTo("true");
        return error.text();
    }

    void assertNothingStored() {
        assertThat(jdbc.sql("SELECT count(*) FROM workspace")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}

package io.coro.workspace.internal;

import io.coro.workspace.WorkspaceRole;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --coro.demo=true}: a realistic company to try Coro with, created once. Other modules add their demo data by
 * listening to {@code WorkspaceCreated} with {@code demo = true}.
 */
@Component
@ConditionalOnBooleanProperty("coro.demo")
class DemoCompany implements ApplicationRunner {

    static final String PASSWORD = "coro-demo-2026";
    static final String OWNER_EMAIL = "giulia@aurora.example";

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    record Person(String name, String email, WorkspaceRole role) {}

    static final List<Person> TEAM = List.of(
            new Person("Marco Bianchi", "marco@aurora.example", WorkspaceRole.COORDINATOR),
            new Person("Chiara Esposito", "chiara@aurora.example", WorkspaceRole.MEMBER),
            new Person("Luca Moretti", "luca@aurora.example", WorkspaceRole.MEMBER),
            new Person("Sara Colombo", "sara@aurora.example", WorkspaceRole.MEMBER),
            new Person("Paolo Ricci", "paolo@aurora.example", WorkspaceRole.VIEWER));

    private final WorkspaceRepository workspaces;
    private final UserAccounts users;
    private final WorkspaceService service;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    DemoCompany(
            WorkspaceRepository workspaces,
            UserAccounts users,
            WorkspaceService service,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction) {
        this.workspaces = workspaces;
        this.users = users;
        this.service = service;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (workspaces.findDemo().isEmpty()) {
            transaction.executeWithoutResult(status -> create());
        }
        log.info("Demo company 'Pasticceria Aurora' ready: log in as {} with the password {}", OWNER_EMAIL, PASSWORD);
    }

    private void create() {
        String hash = passwordEncoder.encode(PASSWORD); // one hash for all demo people: bcrypt is slow on purpose
        UUID ownerId = users.findByEmail(OWNER_EMAIL)
                .map(UserAccount::id)
                .orElseGet(() ->
                        users.create(OWNER_EMAIL, "Giulia Ferri", hash, "it").id());
        UUID workspaceId = service.createWorkspace(ownerId, "Pasticceria Aurora", "it", ZoneId.of("Europe/Rome"), true);
        for (Person person : TEAM) {
            UUID userId = users.findByEmail(person.email())
                    .map(UserAccount::id)
                    .orElseGet(() -> users.create(person.email(), person.name(), hash, "it")
                            .id());
            workspaces.addMember(workspaceId, userId, person.role());
        }
    }
}

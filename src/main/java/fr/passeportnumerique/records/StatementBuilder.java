package fr.passeportnumerique.records;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes xAPI 1.0.3 statements. Verbs and activity types come from ADL's vocabulary; activities are addressed under
 * the site's public address; the actor is an account of that site named by its pseudonym, never a name or an e-mail.
 */
final class StatementBuilder {

    static final String VERSION = "1.0.3";
    static final String PLATFORM = "Passeport numérique";
    /** The curriculum is written in French (decision 004). */
    static final String LANGUAGE = "fr-FR";

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";

    static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String MODULE = "http://adlnet.gov/expapi/activities/module";
    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String COURSE = "http://adlnet.gov/expapi/activities/course";

    /** An activity: its IRI, its ADL type, and its French title when known (null otherwise). */
    record Activity(String id, String type, String title) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final String site;

    /** {@code site}: the site's public address, such as {@code https://passeport.example/}. */
    StatementBuilder(String site) {
        this.site = site.endsWith("/") ? site : site + "/";
    }

    Activity passport() {
        return new Activity(site + "passeport", COURSE, PLATFORM);
    }

    Activity module(String moduleSlug, String title) {
        return new Activity(site + "modules/" + moduleSlug, MODULE, title);
    }

    Activity lesson(String moduleSlug, String lessonSlug, String title) {
        return new Activity(site + "modules/" + moduleSlug + "/" + lessonSlug, LESSON, title);
    }

    Activity quiz(String moduleSlug, String moduleTitle) {
        return new Activity(
                site + "modules/" + moduleSlug + "/quiz",
                ASSESSMENT,
                moduleTitle == null ? null : "Quiz : " + moduleTitle);
    }

    ObjectNode lessonCompleted(UUID id, String learner, Activity lesson, Activity module, Instant at) {
        ObjectNode statement = statement(id, learner, COMPLETED, "completed", lesson, at, module);
        statement.putObject("result").put("completion", true);
        return statement;
    }

    /** The graded attempt, with its score. */
    ObjectNode quizAnswered(UUID id, String learner, Activity quiz, Activity module, int percent, Instant at) {
        ObjectNode statement = statement(id, learner, ANSWERED, "answered", quiz, at, module);
        score(statement.putObject("result"), percent);
        return statement;
    }

    /** The same attempt judged against the pass mark. */
    ObjectNode quizJudged(
            UUID id, String learner, Activity quiz, Activity module, int percent, boolean passed, Instant at) {
        ObjectNode statement =
                statement(id, learner, passed ? PASSED : FAILED, passed ? "passed" : "failed", quiz, at, module);
        ObjectNode result = statement.putObject("result");
        score(result, percent);
        result.put("success", passed).put("completion", true);
        return statement;
    }

    /** Every lesson done and the quiz passed: the module's stamp in the passport. */
    ObjectNode moduleStamped(UUID id, String learner, Activity module, Instant at) {
        ObjectNode statement = statement(id, learner, COMPLETED, "completed", module, at, null);
        statement.putObject("result").put("success", true).put("completion", true);
        return statement;
    }

    /** Every module stamped: the passport is complete. */
    ObjectNode graduated(UUID id, String learner, Instant at) {
        ObjectNode statement = statement(id, learner, COMPLETED, "completed", passport(), at, null);
        statement.putObject("result").put("success", true).put("completion", true);
        return statement;
    }

    private ObjectNode statement(
            UUID id, String learner, String verb, String verbName, Activity object, Instant at, Activity parent) {
        ObjectNode statement = json.createObjectNode();
        statement.put("id", id.toString());
        ObjectNode actor = statement.putObject("actor");
        actor.put("objectType", "Agent");
        actor.putObject("account").put("homePage", site).put("name", learner);
        ObjectNode verbNode = statement.putObject("verb");
        verbNode.put("id", verb);
        verbNode.putObject("display").put("en-US", verbName);
        statement.set("object", activity(object));
        statement.put("timestamp", at.toString());
        ObjectNode context = statement.putObject("context");
        context.put("platform", PLATFORM).put("language", LANGUAGE);
        if (!object.type().equals(COURSE)) {
            ObjectNode activities = context.putObject("contextActivities");
            if (parent != null) {
                activities.putArray("parent").add(activity(parent));
            }
            activities.putArray("grouping").add(activity(passport()));
        }
        return statement;
    }

    private ObjectNode activity(Activity activity) {
        ObjectNode node = json.createObjectNode();
        node.put("objectType", "Activity");
        node.put("id", activity.id());
        ObjectNode definition = node.putObject("definition");
        definition.put("type", activity.type());
        if (activity.title() != null) {
            definition.putObject("name").put("fr-FR", activity.title());
        }
        return node;
    }

    private static void score(ObjectNode result, int percent) {
        result.putObject("score")
                .put("scaled", percent / 100.0)
                .put("raw", percent)
                .put("min", 0)
                .put("max", 100);
    }
}

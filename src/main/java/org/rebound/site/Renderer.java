package org.rebound.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a page's template with two variables only: {@code page} (the {@link Layout}) and {@code v} (the
 * page kind's view record). Any other variable, and any property a record lacks, fails the build with the
 * template's file, line and column.
 */
final class Renderer {
    private final TemplateEngine engine;
    private final Path templates;

    static {
        RecordAccessor.install();
    }

    Renderer(Path templates) {
        this.templates = templates;
        if (!Files.isDirectory(templates)) {
            throw new InputException(Problem.ofFile(templates.toString(), "cannot read the templates folder"));
        }
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEngineContextFactory((configuration, template, attributes, context) ->
                new StrictEngineContext(configuration, template, attributes, context));
    }

    /**
     * Loads the template engine's classes (Thymeleaf, its expression language, our strict context) by rendering a
     * one-line template with an engine of its own, thrown away; a build runs it beside its first stages.
     */
    static void warmUp() {
        RecordAccessor.install();
        TemplateEngine engine = new TemplateEngine();
        org.thymeleaf.templateresolver.StringTemplateResolver resolver =
                new org.thymeleaf.templateresolver.StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        engine.setEngineContextFactory((configuration, template, attributes, context) ->
                new StrictEngineContext(configuration, template, attributes, context));
        engine.process("<p th:each=\"x : ${v}\" th:text=\"${x.v}\" th:href=\"@{${x.v}}\">x</p>",
                new StrictContext(Map.of("v", List.of(new Warm("a")), "page", "")));
    }

    /** A record for {@link #warmUp}'s template to read. */
    private record Warm(String v) {
    }

    String render(Page page, Layout layout) {
        try {
            return engine.process(page.template(), new StrictContext(Map.of("page", layout, "v", page.view())));
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() == null ? page.template() : e.getTemplateName();
            String file = name.contains("/") ? name : templates.resolve(name + ".html").toString();
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new InputException(new Problem(file, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                    Math.max(0, e.getCol() == null ? 0 : e.getCol()), "template error while writing "
                    + page.route().file() + ": " + Problem.firstLine(cause.getMessage())));
        }
    }

    /** The variables of a page: {@code page} and {@code v}. */
    private record StrictContext(Map<String, Object> variables) implements IContext {
        @Override
        public Locale getLocale() {
            return Locale.ROOT;
        }

        @Override
        public boolean containsVariable(String name) {
            return variables.containsKey(name);
        }

        @Override
        public Set<String> getVariableNames() {
            return variables.keySet();
        }

        @Override
        public Object getVariable(String name) {
            return variables.get(name);
        }
    }

    /** Thymeleaf's engine context, except that an unknown variable is an error, not a blank. */
    private static final class StrictEngineContext extends EngineContext {
        StrictEngineContext(IEngineConfiguration configuration, TemplateData template, Map<String, Object> attributes,
                IContext context) {
            super(configuration, template, attributes, context.getLocale(), variables(context));
        }

        private static Map<String, Object> variables(IContext context) {
            Map<String, Object> variables = new java.util.HashMap<>();
            for (String name : context.getVariableNames()) {
                variables.put(name, context.getVariable(name));
            }
            return variables;
        }

        @Override
        public Object getVariable(String name) {
            if (!containsVariable(name)) {
                throw new IllegalArgumentException("unknown variable '" + name + "', expected 'page' (the layout), "
                        + "'v' (the page's view) or a variable the template declares");
            }
            return super.getVariable(name);
        }
    }
}

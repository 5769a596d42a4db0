package dev.lectern.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Pebble engine, built once (compiled templates are thread-safe). A user theme's templates win over the
 * built-in ones of the same name; {@code {% extends "theme:base" %}} reaches the built-in one even when the user
 * theme overrides it. Autoescaping is on, and strict variables turn theme typos into errors. Templates name the theme's
 * files with {@code asset('style.css')} ({@link AssetFunction}).
 */
final class Templates {
    static final String BUILTIN = "theme/default/templates";

    private final PebbleEngine engine;

    Templates(Path userThemeDir, ThemeAssets assets) {
        ClassLoader cl = Templates.class.getClassLoader();
        List<Loader<?>> loaders = new ArrayList<>();
        loaders.add(new BuiltinAlias(cl));
        if (userThemeDir != null) {
            // FileLoader checks traversal against its raw prefix, so it must be absolute and normalised
            loaders.add(new FileLoader(userThemeDir.resolve("templates").toAbsolutePath().normalize().toString()));
        }
        ClasspathLoader builtin = new ClasspathLoader(cl);
        builtin.setPrefix(BUILTIN);
        loaders.add(builtin);
        DelegatingLoader loader = new DelegatingLoader(loaders);
        loader.setSuffix(".peb"); // propagates to every child; never setPrefix here, it would too
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .extension(AssetFunction.extension(assets))
                .build();
    }

    /** Renders a template; a broken theme surfaces as Pebble's exception, which names the file and line. */
    String render(String name, Map<String, Object> context) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Answers only {@code theme:NAME}, with the built-in template NAME. */
    private static final class BuiltinAlias extends ClasspathLoader {
        private static final String ALIAS = "theme:";

        BuiltinAlias(ClassLoader cl) {
            super(cl);
            setPrefix(BUILTIN);
        }

        @Override
        public Reader getReader(String templateName) {
            if (!templateName.startsWith(ALIAS)) throw new LoaderException(null, "not a theme: name: " + templateName);
            return super.getReader(templateName.substring(ALIAS.length()));
        }

        @Override
        public boolean resourceExists(String templateName) {
            return templateName.startsWith(ALIAS) && super.resourceExists(templateName.substring(ALIAS.length()));
        }
    }
}

package dev.lectern.render;

import dev.lectern.publish.Fingerprint;
import dev.lectern.render.view.LayoutView;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ asset('style.css') }}}: the link from the page being rendered to a theme file, by its fingerprinted name
 * ({@code ../../assets/style.3f9a1c2b.css}); templates never write those names themselves, since they change with the
 * file. A name the theme does not have is reported at its template's line (through the {@link Misses} the page gives
 * in its context) and links its plain path, so the page is still written and {@code lectern check} names it too.
 */
final class AssetFunction implements Function {
    /** The context variable holding the page's {@link Misses}. */
    static final String MISSES = "lecternAssetMisses";

    /** Hears of a name the theme does not have: the template, its line, the name asked for. */
    interface Misses {
        void missing(String template, int line, String name);
    }

    private final ThemeAssets assets;

    AssetFunction(ThemeAssets assets) {
        this.assets = assets;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("name");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        String name = String.valueOf(args.get("name"));
        String relRoot = context.getVariable("layout") instanceof LayoutView layout ? layout.relRoot() : "";
        String path = assets.path(name);
        if (path == null) {
            if (context.getVariable(MISSES) instanceof Misses misses) misses.missing(self.getName(), lineNumber, name);
            path = Fingerprint.FOLDER + name;
        }
        return relRoot + path;
    }

    /** Registers the function with the engine. */
    static AbstractExtension extension(ThemeAssets assets) {
        return new AbstractExtension() {
            @Override
            public Map<String, Function> getFunctions() {
                return Map.of("asset", new AssetFunction(assets));
            }
        };
    }
}

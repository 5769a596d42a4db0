package dev.lectern.source.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Code;
import dev.lectern.model.Tabs;
import java.util.List;
import org.junit.jupiter.api.Test;

class Npm2YarnTest {
    @Test
    void installsBecomeAddsAndSaveFlagsFollowEachTool() {
        assertEquals("yarn add --dev left-pad", Npm2Yarn.line("npm install --save-dev left-pad", "yarn"));
        assertEquals("pnpm add --save-dev left-pad", Npm2Yarn.line("npm i -D left-pad", "pnpm"));
        assertEquals("yarn add left-pad", Npm2Yarn.line("npm install --save left-pad", "yarn"));
        assertEquals("yarn install", Npm2Yarn.line("npm install", "yarn"));
        assertEquals("yarn global add serve", Npm2Yarn.line("npm install -g serve", "yarn"));
        assertEquals("pnpm add serve --global", Npm2Yarn.line("npm install -g serve", "pnpm"));
        assertEquals("yarn remove left-pad", Npm2Yarn.line("npm uninstall left-pad", "yarn"));
        assertEquals("yarn run build", Npm2Yarn.line("npm run build", "yarn"));
        assertEquals("pnpm dlx create-thing app", Npm2Yarn.line("npx create-thing app", "pnpm"));
    }

    @Test
    void linesThatAreNoNpmCommandStayAsWritten() {
        assertEquals("  cd app", Npm2Yarn.line("  cd app", "yarn"));
        assertEquals("# npm install x", Npm2Yarn.line("# npm install x", "yarn"));
        assertEquals("npmx install", Npm2Yarn.line("npmx install", "yarn"));
    }

    @Test
    void theBlockBecomesThreeTabsWithNpmSelected() {
        Tabs t = Npm2Yarn.tabs(new Code("bash", "", "npm ci\nnpm test", SourcePos.of("x.md", 3)));
        assertEquals(List.of("npm", "Yarn", "pnpm"), t.tabs().stream().map(Tabs.Tab::label).toList());
        assertEquals("yarn install\nyarn test", ((Code) t.tabs().get(1).body().get(0)).code());
        assertEquals(true, t.tabs().get(0).selected());
    }
}

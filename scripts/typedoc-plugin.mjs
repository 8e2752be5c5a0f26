// The API site's own rules, on top of typedoc-plugin-zod:
// - a schema and the type inferred from it (`const Meeting` and `type Meeting`) are one
//   concept, so they are one entry: the type's page, with its fields, its comment and a
//   line saying the same name is the zod schema that checks it; the schema's own type
//   (`interface MeetingSchema extends z.ZodObject<…>`, named so that declarations refer
//   to it instead of repeating its fields) is named in that line, not given a page of
//   zod's members;
// - `MeetingInput` says in one line what it is, rather than repeating Meeting's comment;
// - a type that is an object shape is shown as its fields, one by one with their
//   comments, as an interface's page shows them, not as one block of type text;
// - the index shows the README without its first heading, which repeats the page's title;
// - a guide without a `title` in its front matter is titled by its first heading;
// - every guide in docs/ is on the site: one missing from typedoc.json's
//   `projectDocuments` is a warning, and warnings fail the build.
import { readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  // After typedoc-plugin-zod (priority 2000), which resolves each inferred type's shape.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    mergeSchemas(context.project);
    showFields(context.project);
  }, 1000);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    stripReadmeTitle(context.project);
    titleGuides(context.project);
    scopeGuideLinks(context.project);
    checkGuidesListed(app);
  });
}

/** @param {import("typedoc").ProjectReflection} project */
function mergeSchemas(project) {
  for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
    const parent = variable.parent;
    const type = parent?.children?.find((child) => child !== variable && child.name === variable.name && child.kindOf(ReflectionKind.TypeAlias));
    if (!type) continue;
    const comment = (type.comment ?? variable.comment)?.clone() ?? new Comment();
    const schemaType = parent.children?.find((child) => child.name === `${variable.name}Schema` && child.kindOf(ReflectionKind.Interface));
    const zodType = schemaType ? schemaType.extendedTypes?.[0] : variable.type;
    const zodClass = zodType?.type === "reference" && zodType.package === "zod" ? zodType.name.replace(/^(?:z\.)?/, "z.") : undefined;
    const typed = [schemaType && `of type \`${schemaType.name}\``, zodClass && `a \`${zodClass}\``].filter(Boolean).join(", ");
    comment.summary.push(
      { kind: "text", text: "\n\n" },
      { kind: "code", text: `\`${variable.name}\`` },
      {
        kind: "text",
        text: ` is also the zod schema${typed ? ` (${typed})` : ""} that checks and parses this type: \`${variable.name}.parse(value)\` returns it or throws, \`${variable.name}.safeParse(value)\` returns a result.`,
      },
    );
    type.comment = comment;
    project.removeReflection(variable);
    if (schemaType) project.removeReflection(schemaType);

    const input = parent.children?.find((child) => child.name === `${variable.name}Input` && child.kindOf(ReflectionKind.TypeAlias));
    if (input && (!input.comment || sameSummary(input.comment, variable.comment))) {
      const group = (input.comment ?? variable.comment)?.blockTags.filter((tag) => tag.tag === "@group") ?? [];
      input.comment = new Comment(
        [
          { kind: "text", text: "What " },
          { kind: "inline-tag", tag: "@link", text: variable.name, target: type },
          { kind: "text", text: ".parse accepts: the same fields, with ids as plain strings rather than branded ones." },
        ],
        group.map((tag) => new CommentTag(tag.tag, tag.content)),
      );
    }
  }
}

/**
 * A type alias of an object type (`type Meeting = z.infer<typeof Meeting>`, which
 * typedoc-plugin-zod resolves to the shape) gets its fields as members, so its page
 * lists them the way an interface's does, each with its type and comment.
 * @param {import("typedoc").ProjectReflection} project
 */
function showFields(project) {
  for (const alias of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
    const declaration = alias.type?.type === "reflection" ? alias.type.declaration : undefined;
    if (!declaration?.children?.length || declaration.signatures || declaration.indexSignatures || alias.typeParameters) continue;
    alias.kind = ReflectionKind.Interface;
    alias.type = undefined;
    for (const child of declaration.children) {
      child.parent = alias;
      // A field's "default" here would be the schema's source text, not a value.
      child.defaultValue = undefined;
      alias.children = [...(alias.children ?? []), child];
    }
    declaration.children = undefined;
    project.removeReflection(declaration);
  }
}

/** @param {import("typedoc").Comment} a @param {import("typedoc").Comment | undefined} b */
function sameSummary(a, b) {
  return b !== undefined && Comment.combineDisplayParts(a.summary) === Comment.combineDisplayParts(b.summary);
}

/** @param {import("typedoc").ProjectReflection} project */
function stripReadmeTitle(project) {
  const first = project.readme?.[0];
  if (first?.kind !== "text") return;
  const heading = new RegExp(`^#\\s+${project.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\n`);
  if (heading.test(first.text)) project.readme[0] = { ...first, text: first.text.replace(heading, "") };
}

/** @param {import("typedoc").ProjectReflection} project */
function titleGuides(project) {
  for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
    // typedoc names a guide by its front matter's title, else by its file name.
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(document.name)) continue;
    const text = document.content.map((part) => part.text).join("");
    const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
    if (heading) document.name = heading.replace(/`/g, "");
  }
}

/**
 * Guides sit at the root of the site, beside the two entry points, so a bare
 * `{@link validateDocument}` in one names no reflection there; it is read as the export
 * of the entry point that has that name.
 * @param {import("typedoc").ProjectReflection} project
 */
function scopeGuideLinks(project) {
  const modules = project.children?.filter((child) => child.kindOf(ReflectionKind.Module)) ?? [];
  const guides = project.getReflectionsByKind(ReflectionKind.Document).filter((document) => document.parent === project);
  for (const guide of guides)
    for (const part of guide.content) {
      if (part.kind !== "inline-tag" || !part.tag.startsWith("@link") || part.text.includes("!")) continue;
      const [reference, label] = part.text.split("|").map((piece) => piece.trim());
      const name = reference.split(/[.#~]/)[0];
      const module = modules.find((candidate) => candidate.getChildByName(name));
      if (module) part.text = `${module.name}!${reference} | ${label ?? reference}`;
    }
}

/** @param {import("typedoc").Application} app */
function checkGuidesListed(app) {
  const listed = new Set(app.options.getValue("projectDocuments").map((path) => resolve(path)));
  // typedoc runs from the project's root, where typedoc.json and docs/ are.
  const docs = resolve("docs");
  for (const name of readdirSync(docs).filter((file) => file.endsWith(".md")).sort()) {
    const path = join(docs, name);
    if (!listed.has(path)) app.logger.warn(`docs/${basename(path)} is not on the API site: add it to "projectDocuments" in typedoc.json`);
  }
}

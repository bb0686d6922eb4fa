<?php
/**
 * One schema.org FAQPage for a post, merging the questions of every FAQ block
 * whose "structured data" setting is on, printed once in the page's head, where
 * search engines read it with or without the elements' script. The FAQ elements
 * on the page are then rendered without their own structured-data option (see
 * care-elements.php), so the page never holds two FAQPages.
 *
 * The answers' text is the plain text the elements themselves put in JSON-LD: a
 * port of toPlainText in src/core/rich-text.ts, which drops the small markup of
 * long-form fields (`**strong**`, `*emphasis*`, `[text](url)`, `- ` lists, `\` escapes).
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The characters JavaScript's \s (and its trim()) treat as white space, as a regular expression class. */
const CARE_ELEMENTS_JS_SPACE = '[\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';

function care_elements_is_space($char) {
    return $char === null || preg_match('/^' . CARE_ELEMENTS_JS_SPACE . '$/u', $char) === 1;
}

function care_elements_trim($text) {
    return preg_replace('/^' . CARE_ELEMENTS_JS_SPACE . '+|' . CARE_ELEMENTS_JS_SPACE . '+$/u', '', $text);
}

/** Index of the closing delimiter for an opener at $from, or -1 (findClosing in rich-text.ts). */
function care_elements_find_closing(array $chars, $delimiter, $from, array &$searches) {
    $failed = $searches['failedFrom'][$delimiter] ?? PHP_INT_MAX;
    $length = count($chars);
    for ($i = $from; $i < $length; $i++) {
        $before = $chars[$i - 1] ?? null;
        if ($i >= $failed && $before !== '\\' && $before !== '*') {
            break;
        }
        if ($chars[$i] === '\\') {
            $i++;
            continue;
        }
        if (!care_elements_starts_with($chars, $delimiter, $i) || care_elements_is_space($before)) {
            continue;
        }
        if ($delimiter === '*' && ($chars[$i + 1] ?? null) === '*') {
            $i++;
            continue;
        }
        return $i;
    }
    $searches['failedFrom'][$delimiter] = min($failed, $from);
    return -1;
}

/** Index of the bracket closing the one at $from, or -1 (findBalanced in rich-text.ts). */
function care_elements_find_balanced(array $chars, $from, $open, $close, array &$searches) {
    if (!isset($searches['partners'][$open])) {
        $partners = [];
        $stack = [];
        $length = count($chars);
        for ($i = 0; $i < $length; $i++) {
            if ($chars[$i] === '\\') {
                $i++;
            } elseif ($chars[$i] === $open) {
                $stack[] = $i;
            } elseif ($chars[$i] === $close && $stack) {
                $partners[array_pop($stack)] = $i;
            }
        }
        $searches['partners'][$open] = $partners;
    }
    return $searches['partners'][$open][$from] ?? -1;
}

function care_elements_starts_with(array $chars, $text, $at) {
    return implode('', array_slice($chars, $at, strlen($text))) === $text;
}

/** The plain text of one paragraph's inline markup (parseInline, then its text). */
function care_elements_inline_text($text, $depth = 0) {
    if ($depth > 12) {
        return $text;
    }
    $chars = preg_split('//u', $text, -1, PREG_SPLIT_NO_EMPTY);
    $length = count($chars);
    $searches = ['failedFrom' => [], 'partners' => []];
    $out = '';
    $i = 0;
    while ($i < $length) {
        $char = $chars[$i];
        if ($char === '\\' && strpos('\\*_[]()-#`', $chars[$i + 1] ?? ' ') !== false) {
            $out .= $chars[$i + 1];
            $i += 2;
            continue;
        }
        if ($char === '*') {
            $delimiter = care_elements_starts_with($chars, '**', $i) ? '**' : '*';
            $start = $i + strlen($delimiter);
            $end = care_elements_is_space($chars[$start] ?? null) ? -1 : care_elements_find_closing($chars, $delimiter, $start + 1, $searches);
            if ($end > 0) {
                $out .= care_elements_inline_text(implode('', array_slice($chars, $start, $end - $start)), $depth + 1);
                $i = $end + strlen($delimiter);
                continue;
            }
        }
        if ($char === '[') {
            // A glossary term, [[text]] or [[text|entry-id]]: its text (MARKER in rich-text.ts).
            if (preg_match('/\G\[\[([^[\]|]{1,99})(?:\|[\w.-]{1,99})?\]\]/u', implode('', array_slice($chars, $i, 205)), $term)) {
                $out .= $term[1];
                $i += mb_strlen($term[0]);
                continue;
            }
            $label_end = care_elements_find_balanced($chars, $i, '[', ']', $searches);
            $url_end = $label_end > 0 && ($chars[$label_end + 1] ?? null) === '(' ? care_elements_find_balanced($chars, $label_end + 1, '(', ')', $searches) : -1;
            if ($url_end > 0) {
                // A link's text stays, whether or not its address is one the elements would link.
                $out .= care_elements_inline_text(implode('', array_slice($chars, $i + 1, $label_end - $i - 1)), $depth + 1);
                $i = $url_end + 1;
                continue;
            }
        }
        $out .= $char;
        $i++;
    }
    return $out;
}

/** The text a reader sees, without markup: paragraphs apart by a blank line, list items one a line (toPlainText). */
function care_elements_plain_text($text) {
    $blocks = [];
    $bullet = '/^' . CARE_ELEMENTS_JS_SPACE . '*[-*]' . CARE_ELEMENTS_JS_SPACE . '+/u';
    foreach (preg_split('/\n[ \t]*\n/', preg_replace('/\r\n?/', "\n", (string) $text)) as $chunk) {
        $paragraph = [];
        $list = null;
        $end_paragraph = function () use (&$paragraph, &$blocks) {
            if ($paragraph) {
                $blocks[] = care_elements_inline_text(implode(' ', $paragraph));
            }
            $paragraph = [];
        };
        foreach (explode("\n", $chunk) as $line) {
            if (care_elements_trim($line) === '') {
                continue;
            }
            if (preg_match($bullet, $line)) {
                $end_paragraph();
                if ($list === null) {
                    $blocks[] = [];
                    $list = count($blocks) - 1;
                }
                $blocks[$list][] = care_elements_inline_text(care_elements_trim(preg_replace($bullet, '', $line)));
            } else {
                $list = null;
                $paragraph[] = care_elements_trim($line);
            }
        }
        $end_paragraph();
    }
    return implode("\n\n", array_map(function ($block) {
        return is_array($block) ? implode("\n", $block) : $block;
    }, $blocks));
}

/** The FAQ blocks, nested ones included, whose structured data setting is on. */
function care_elements_structured_faq_blocks(array $blocks) {
    // A setting left at its default is not written in the post.
    $type = WP_Block_Type_Registry::get_instance()->get_registered('care-elements/faq');
    $default = $type->attributes['structuredData']['default'] ?? false;
    $found = [];
    foreach ($blocks as $block) {
        if (($block['blockName'] ?? '') === 'care-elements/faq' && ($block['attrs']['structuredData'] ?? $default)) {
            $found[] = $block;
        }
        $found = array_merge($found, care_elements_structured_faq_blocks($block['innerBlocks'] ?? []));
    }
    return $found;
}

/** The post's FAQPage: every question of its FAQ blocks with structured data, once each; null when there is none. */
function care_elements_faq_page($post) {
    if (!$post || !has_block('care-elements/faq', $post)) {
        return null;
    }
    $questions = [];
    foreach (care_elements_structured_faq_blocks(parse_blocks($post->post_content)) as $block) {
        $items = $block['attrs']['content']['items'] ?? [];
        foreach (is_array($items) ? $items : [] as $item) {
            if (!is_array($item) || !is_string($item['question'] ?? null) || !is_string($item['answer'] ?? null) || trim($item['question']) === '') {
                continue;
            }
            $question = [
                '@type' => 'Question',
                'name' => $item['question'],
                'acceptedAnswer' => ['@type' => 'Answer', 'text' => care_elements_plain_text($item['answer'])],
            ];
            // The same question in two blocks is one question to a search engine.
            $questions[wp_json_encode($question)] = $question;
        }
    }
    return $questions ? ['@context' => 'https://schema.org', '@type' => 'FAQPage', 'mainEntity' => array_values($questions)] : null;
}

add_action('wp_head', function () {
    if (!is_singular()) {
        return;
    }
    $faq_page = care_elements_faq_page(get_queried_object());
    if ($faq_page) {
        // JSON_HEX_TAG writes < and > as \u003c and \u003e: no text can close the script.
        echo '<script type="application/ld+json" data-care-structured-data>' . wp_json_encode($faq_page, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG) . "</script>\n";
    }
});

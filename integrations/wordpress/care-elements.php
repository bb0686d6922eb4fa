<?php
/**
 * Plugin Name:       Care Elements
 * Description:       Accessible patient-education blocks (FAQ, therapy card, article, statistic, callout, quote, key takeaways, feedback) whose text stays readable without the plugin.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       care-elements
 */

if (!defined('ABSPATH')) {
    exit;
}

const CARE_ELEMENTS_VERSION = '@VERSION@';

require __DIR__ . '/includes/feedback.php';
require __DIR__ . '/includes/faq-structured-data.php';

/** The block names and their elements: care-elements/faq is <care-faq>. */
function care_elements_blocks() {
    $blocks = [];
    foreach (glob(__DIR__ . '/blocks/*/block.json') as $file) {
        $blocks[] = basename(dirname($file));
    }
    return $blocks;
}

add_action('init', function () {
    // Served from the plugin: a health site must not tell a CDN which pages its readers read.
    wp_register_script('care-elements', plugins_url('assets/care-elements.js', __FILE__), [], CARE_ELEMENTS_VERSION, true);
    wp_register_script('care-elements-editor-form', plugins_url('assets/care-editor.js', __FILE__), [], CARE_ELEMENTS_VERSION, true);
    wp_register_script(
        'care-elements-blocks',
        plugins_url('assets/blocks.js', __FILE__),
        ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n', 'wp-notices', 'care-elements-editor-form'],
        CARE_ELEMENTS_VERSION,
        true
    );
    foreach (care_elements_blocks() as $name) {
        register_block_type(__DIR__ . '/blocks/' . $name);
    }
});

// WordPress 6.1 has no loading strategies for scripts (6.3 added them), so defer is written here.
add_filter('script_loader_tag', function ($tag, $handle) {
    if ($handle !== 'care-elements' || strpos($tag, ' defer') !== false) {
        return $tag;
    }
    return str_replace(' src=', ' defer src=', $tag);
}, 10, 2);

add_filter('block_categories_all', function ($categories) {
    return array_merge([['slug' => 'care-elements', 'title' => __('Health content', 'care-elements'), 'icon' => null]], $categories);
});

/**
 * The saved markup is the element around a plain HTML copy of its content; the
 * element gets its JSON (from the block's attributes) and its options here, when
 * the page is rendered, so no script or JSON is ever part of the post's HTML.
 */
add_filter('render_block', function ($html, $block) {
    $name = $block['blockName'] ?? '';
    if (strpos($name, 'care-elements/') !== 0) {
        return $html;
    }
    $tag = 'care-' . substr($name, strlen('care-elements/'));
    $type = WP_Block_Type_Registry::get_instance()->get_registered($name);
    $attributes = $block['attrs'] ?? [];
    $written = ' content="' . esc_attr(wp_json_encode((object) ($attributes['content'] ?? []), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)) . '"';
    foreach ($type ? $type->attributes : [] as $attribute => $definition) {
        $option = $definition['careOption'] ?? null;
        // The page's one FAQPage, merging every FAQ block, is printed in its head (faq-structured-data.php).
        if (!$option || $tag === 'care-faq' && $option === 'structured-data') {
            continue;
        }
        $value = $attributes[$attribute] ?? ($definition['default'] ?? null);
        if ($value === true) {
            $written .= ' ' . $option;
        } elseif (is_string($value) && $value !== '' || is_int($value)) {
            $written .= ' ' . $option . '="' . esc_attr((string) $value) . '"';
        }
    }
    // The post's blocks number their works once, in one list at the end of the post (the_content below).
    if (!empty($attributes['content']['sources']) && get_the_ID()) {
        $written .= ' reference-list="' . esc_attr(care_elements_sources_id(get_the_ID())) . '"';
    }
    // Readers' answers go to this site (feedback.php), for the post being shown.
    if ($tag === 'care-feedback' && get_the_ID()) {
        $written .= ' endpoint="' . esc_url(care_elements_feedback_endpoint(get_the_ID())) . '"';
    }
    return preg_replace('/<' . preg_quote($tag, '/') . '(?=[\s>])/', '<' . $tag . $written, $html, 1);
}, 10, 2);

/** The id of the post's list of sources; one per post, as an archive shows several posts on one page. */
function care_elements_sources_id($post_id) {
    return 'care-post-' . $post_id . '-sources';
}

/**
 * A post whose blocks list sources ends with the place of its one list, which
 * the elements' script fills and shows; hidden until then, so a reader without
 * script, who reads each block's own sources, sees no empty heading.
 */
add_filter('the_content', function ($content) {
    $id = get_the_ID() ? care_elements_sources_id(get_the_ID()) : '';
    if (!$id || strpos($content, 'reference-list="' . $id . '"') === false) {
        return $content;
    }
    return $content . sprintf(
        '<section id="%1$s" class="care-post-sources" aria-labelledby="%1$s-title" hidden><h2 id="%1$s-title">%2$s</h2></section>',
        esc_attr($id),
        esc_html__('Sources', 'care-elements')
    );
}, 20);

// Authors and editors (no unfiltered_html) keep the elements: only the tag and its class are allowed,
// the rest of the saved markup is ordinary HTML that the filter already allows.
add_filter('wp_kses_allowed_html', function ($tags, $context) {
    if ($context !== 'post') {
        return $tags;
    }
    foreach (care_elements_blocks() as $name) {
        $tags['care-' . $name] = ['class' => true];
    }
    return $tags;
}, 10, 2);

/**
 * WordPress's HTML filter (for users without unfiltered_html) also runs over every
 * string in block attributes, and turns "&" into "&amp;" there: the content JSON
 * would change at each save, and the saved markup would no longer match it. The
 * JSON is data, never HTML (the elements write text only as text, and it reaches
 * the page escaped in an attribute), so it is set aside while the filter runs over
 * the post, and put back after; the saved markup is filtered as usual.
 */
function care_elements_swap_content(array $blocks, callable $swap) {
    foreach ($blocks as &$block) {
        if (strpos($block['blockName'] ?? '', 'care-elements/') === 0 && array_key_exists('content', $block['attrs'])) {
            $block['attrs']['content'] = $swap($block['attrs']['content']);
        }
        if (!empty($block['innerBlocks'])) {
            $block['innerBlocks'] = care_elements_swap_content($block['innerBlocks'], $swap);
        }
    }
    return $blocks;
}

$care_elements_set_aside = [];
add_filter('content_save_pre', function ($content) use (&$care_elements_set_aside) {
    if (strpos($content, 'wp:care-elements/') === false) {
        return $content;
    }
    $blocks = care_elements_swap_content(parse_blocks(wp_unslash($content)), function ($json) use (&$care_elements_set_aside) {
        $care_elements_set_aside[] = $json;
        return ['careElementsSetAside' => count($care_elements_set_aside) - 1];
    });
    return wp_slash(serialize_blocks($blocks));
}, 9);
add_filter('content_save_pre', function ($content) use (&$care_elements_set_aside) {
    if (!$care_elements_set_aside) {
        return $content;
    }
    $blocks = care_elements_swap_content(parse_blocks(wp_unslash($content)), function ($json) use (&$care_elements_set_aside) {
        $index = is_array($json) ? ($json['careElementsSetAside'] ?? null) : null;
        return is_int($index) && array_key_exists($index, $care_elements_set_aside) ? $care_elements_set_aside[$index] : $json;
    });
    $care_elements_set_aside = [];
    return wp_slash(serialize_blocks($blocks));
}, 11);

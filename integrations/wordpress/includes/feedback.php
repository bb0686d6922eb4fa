<?php
/**
 * Reader feedback on the site's own terms: the feedback block posts to a REST
 * route of this plugin, the answers are kept in the post's meta, and only people
 * who can edit a post see what its readers said. No third party is involved.
 */

if (!defined('ABSPATH')) {
    exit;
}

const CARE_ELEMENTS_FEEDBACK_COMMENT_MAX = 500;
/** Answers one reader (one address) may send per hour, across the site. */
const CARE_ELEMENTS_FEEDBACK_PER_HOUR = 5;
/** Comments kept per post, newest first: the meta is read with the post, so it stays small. */
const CARE_ELEMENTS_FEEDBACK_COMMENTS_KEPT = 100;

/** The address the post's feedback block sends its answers to. */
function care_elements_feedback_endpoint($post_id) {
    return rest_url('care-elements/v1/feedback/' . (int) $post_id);
}

/** `['helpful' => n, 'not_helpful' => n, 'comments' => [['helpful' => bool, 'comment' => text, 'time' => unix time], …]]`. */
function care_elements_feedback($post_id) {
    $comments = get_post_meta($post_id, '_care_elements_feedback_comments', true);
    return [
        'helpful' => (int) get_post_meta($post_id, '_care_elements_feedback_helpful', true),
        'not_helpful' => (int) get_post_meta($post_id, '_care_elements_feedback_not_helpful', true),
        'comments' => is_array($comments) ? $comments : [],
    ];
}

add_action('rest_api_init', function () {
    register_rest_route('care-elements/v1', '/feedback/(?P<post>\d+)', [
        'methods' => 'POST',
        // Readers are anonymous: the route checks the post and limits how often one address may answer.
        'permission_callback' => '__return_true',
        'args' => [
            'helpful' => ['type' => 'boolean', 'required' => true],
            'comment' => ['type' => 'string', 'maxLength' => CARE_ELEMENTS_FEEDBACK_COMMENT_MAX, 'default' => ''],
            // The element sends the page's address; the post id in the route already says which page it is.
            'page' => ['type' => 'string', 'maxLength' => 2048],
        ],
        'callback' => 'care_elements_receive_feedback',
    ]);
});

function care_elements_receive_feedback(WP_REST_Request $request) {
    $post = get_post((int) $request['post']);
    if (!$post || $post->post_status !== 'publish' || post_password_required($post) || !has_block('care-elements/feedback', $post)) {
        return new WP_Error('care_elements_no_feedback', __('This page does not ask for feedback.', 'care-elements'), ['status' => 404]);
    }
    // The address is kept only as a keyed hash, in a transient that expires within the hour.
    $client = 'care_elements_feedback_' . substr(wp_hash($_SERVER['REMOTE_ADDR'] ?? ''), 0, 32);
    $recent = get_transient($client);
    $recent = is_array($recent) ? array_values(array_filter($recent, function ($time) {
        return $time > time() - HOUR_IN_SECONDS;
    })) : [];
    if (count($recent) >= CARE_ELEMENTS_FEEDBACK_PER_HOUR) {
        return new WP_Error('care_elements_too_many', __('Too many answers from this address; please try again later.', 'care-elements'), ['status' => 429]);
    }
    $recent[] = time();
    set_transient($client, $recent, HOUR_IN_SECONDS);

    $helpful = (bool) $request['helpful'];
    $counter = $helpful ? '_care_elements_feedback_helpful' : '_care_elements_feedback_not_helpful';
    update_post_meta($post->ID, $counter, (int) get_post_meta($post->ID, $counter, true) + 1);
    $comment = sanitize_textarea_field($request['comment']);
    if ($comment !== '') {
        $comments = care_elements_feedback($post->ID)['comments'];
        array_unshift($comments, ['helpful' => $helpful, 'comment' => $comment, 'time' => time()]);
        update_post_meta($post->ID, '_care_elements_feedback_comments', array_slice($comments, 0, CARE_ELEMENTS_FEEDBACK_COMMENTS_KEPT));
    }
    return new WP_REST_Response(null, 204);
}

/** "3 helpful, 1 not helpful", or nothing when no reader answered. */
function care_elements_feedback_counts($feedback) {
    if (!$feedback['helpful'] && !$feedback['not_helpful']) {
        return '';
    }
    return sprintf(
        /* translators: 1: readers who found the page helpful, 2: readers who did not */
        __('%1$d helpful, %2$d not helpful', 'care-elements'),
        $feedback['helpful'],
        $feedback['not_helpful']
    );
}

// A "Feedback" column in the posts and pages lists; a row shows counts only to those who can edit that post.
foreach (['posts', 'pages'] as $list) {
    add_filter("manage_{$list}_columns", function ($columns) {
        $columns['care_elements_feedback'] = __('Reader feedback', 'care-elements');
        return $columns;
    });
    add_action("manage_{$list}_custom_column", function ($column, $post_id) {
        if ($column === 'care_elements_feedback' && current_user_can('edit_post', $post_id)) {
            echo esc_html(care_elements_feedback_counts(care_elements_feedback($post_id)));
        }
    }, 10, 2);
}

add_action('add_meta_boxes', function ($post_type, $post) {
    if (!$post instanceof WP_Post || !current_user_can('edit_post', $post->ID)) {
        return;
    }
    $feedback = care_elements_feedback($post->ID);
    if (!has_block('care-elements/feedback', $post) && !care_elements_feedback_counts($feedback)) {
        return;
    }
    add_meta_box('care-elements-feedback', __('Reader feedback', 'care-elements'), function () use ($feedback) {
        $counts = care_elements_feedback_counts($feedback);
        echo '<p>' . esc_html($counts ?: __('No reader has answered yet.', 'care-elements')) . '</p>';
        if (!$feedback['comments']) {
            return;
        }
        echo '<h3>' . esc_html__('Recent comments', 'care-elements') . '</h3><ul>';
        foreach (array_slice($feedback['comments'], 0, 10) as $entry) {
            printf(
                '<li><strong>%s</strong> <time datetime="%s">%s</time><br>%s</li>',
                esc_html($entry['helpful'] ? __('Helpful', 'care-elements') : __('Not helpful', 'care-elements')),
                esc_attr(gmdate('c', $entry['time'])),
                esc_html(wp_date(get_option('date_format') . ' ' . get_option('time_format'), $entry['time'])),
                nl2br(esc_html($entry['comment']))
            );
        }
        echo '</ul>';
    }, null, 'side');
}, 10, 2);

package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks accept exactly what the model format's regular expressions accept. */
class FormatsTest {

    private static final List<String> DATES = List.of("2019-06-20", "0000-00-00", "9999-99-99", "2019-6-20",
            "2019-06-2", "2019-06-200", "12019-06-20", "2019/06/20", "2019-06-2a", "２０１９-06-20", "2019-0٦-20",
            "", " 2019-06-20", "2019-06-20 ", "2019--06-20", "abcd-ef-gh");
    private static final List<String> TIMES = List.of("00:00", "23:59", "19:59", "09:30", "24:00", "23:60",
            "29:00", "9:30", "09:3", "09:300", "09.30", "0a:30", "٠٩:30", "", " 09:30", "09:30 ", "-1:30", "20:5/");

    @Test
    void aDateIsWhatTheDatePatternAccepts() {
        Pattern date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        for (String text : DATES) {
            assertEquals(date.matcher(text).matches(), Formats.isDate(text), text);
        }
    }

    @Test
    void aTimeIsWhatTheTimePatternAccepts() {
        Pattern time = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
        for (String text : TIMES) {
            assertEquals(time.matcher(text).matches(), Formats.isTime(text), text);
        }
    }
}

package org.rebound.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * How templates read a view record's components ({@code ${v.name}}): straight through the record's accessor,
 * found once per class, instead of OGNL's bean introspection on every read. A name the record lacks is an
 * error that lists the components it has.
 */
final class RecordAccessor implements PropertyAccessor {
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                accessors.put(c.getName(), m);
            }
            return accessors;
        }
    };

    private RecordAccessor() {
    }

    /** Makes every record read through this accessor. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordAccessor());
    }

    @Override
    public Object getProperty(OgnlContext context, Object target, Object name) throws OgnlException {
        Map<String, Method> accessors = COMPONENTS.get(target.getClass());
        Method accessor = accessors.get(String.valueOf(name));
        if (accessor == null) {
            throw new OgnlException("no property '" + name + "' on " + target.getClass().getSimpleName()
                    + ", expected one of " + Arrays.toString(accessors.keySet().toArray()));
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read '" + name + "' of " + target.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void setProperty(OgnlContext context, Object target, Object name, Object value) throws OgnlException {
        throw new OgnlException("views are read-only: cannot set '" + name + "'");
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        throw new UnsupportedOperationException("OGNL compilation is not used");
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        throw new UnsupportedOperationException("OGNL compilation is not used");
    }
}
